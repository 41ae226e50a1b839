// Keeps the style's global state (language, digits, chosen governorates) in step with the app.
import { useEffect } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../i18n/i18n';
import { LOCALES } from '../lib/format';
import type { MapStateName } from './expressions';

export interface MapAppState {
  language: Language;
  governorates: string[];
}

function useGlobalState(map: MapLibreMap | null, name: MapStateName, value: unknown, key: string): void {
  useEffect(() => {
    map?.setGlobalStateProperty(name, value);
    // `key` stands for `value`, which may be a new array with the same content on each render.
  }, [map, name, key]);
}

export function useMapState(map: MapLibreMap | null, state: MapAppState): void {
  useGlobalState(map, 'lang', state.language, state.language);
  useGlobalState(map, 'locale', LOCALES[state.language], state.language);
  useGlobalState(map, 'governorates', state.governorates, state.governorates.join(','));
}
