// Zoom buttons, scale bar and the sources' credits on the map's end side, in the interface language and its digits.
import { useEffect } from 'react';
import { NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../i18n/i18n';
import { formatNumber } from '../lib/format';
import { addCredits } from './attribution';

const CONTROL_TEXT: Record<Language, Record<string, string>> = {
  ar: {
    'NavigationControl.ZoomIn': 'تكبير',
    'NavigationControl.ZoomOut': 'تصغير',
    'ScaleControl.Kilometers': 'كم',
    'ScaleControl.Meters': 'م',
  },
  en: { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' },
};

/**
 * MapLibre writes the scale's distance in Latin digits whenever the map moves; this rewrites it in the interface
 * language's digits each time. Returns the observer's disconnect.
 */
function localiseScaleDigits(map: MapLibreMap, language: Language): () => void {
  const scale = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-scale');
  if (!scale || language === 'en') return () => undefined;
  const rewrite = () => {
    const text = scale.textContent;
    const localised = text.replace(/[\d.]+/, (digits) => formatNumber(Number(digits), language));
    if (localised !== text) scale.textContent = localised;
  };
  const observer = new MutationObserver(rewrite);
  observer.observe(scale, { childList: true, characterData: true, subtree: true });
  rewrite();
  return () => observer.disconnect();
}

export function useMapControls(map: MapLibreMap | null, language: Language): void {
  useEffect(() => {
    if (!map) return;
    // Controls read their tooltips from the map's UI-string table when they are added.
    map._locale = { ...map._locale, ...CONTROL_TEXT[language] };
    const navigation = new NavigationControl({ showCompass: false });
    const scale = new ScaleControl({ unit: 'metric' });
    const bottomEnd = language === 'ar' ? 'bottom-left' : 'bottom-right';
    map.addControl(navigation, language === 'ar' ? 'top-left' : 'top-right');
    // A bottom corner stacks the control added last on top: the scale sits above the credits.
    const removeCredits = addCredits(map, language, bottomEnd);
    map.addControl(scale, bottomEnd);
    const stopLocalising = localiseScaleDigits(map, language);
    return () => {
      stopLocalising();
      map.removeControl(navigation);
      map.removeControl(scale);
      removeCredits();
    };
  }, [map, language]);
}
