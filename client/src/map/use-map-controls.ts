// Zoom buttons, scale bar and the sources' credits on the map's end side, in the interface language.
import { useEffect } from 'react';
import { NavigationControl, ScaleControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../i18n/i18n';
import { addCredits } from './attribution';

const CONTROL_TEXT: Record<Language, Record<string, string>> = {
  ar: { 'NavigationControl.ZoomIn': 'تكبير', 'NavigationControl.ZoomOut': 'تصغير' },
  en: { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' },
};

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
    return () => {
      map.removeControl(navigation);
      map.removeControl(scale);
      removeCredits();
    };
  }, [map, language]);
}
