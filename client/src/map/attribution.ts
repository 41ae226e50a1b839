// The sources the map is drawn from, credited in the interface language: on the map, always spelled out, and on the
// printed sheet.
import i18next from 'i18next';
import { AttributionControl, type ControlPosition, type Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../i18n/i18n';

/** Basemap and villages, boundaries, places, physical geography, population: every source a layer draws on. */
export const MAP_SOURCES = ['openStreetMap', 'geoBoundaries', 'whosOnFirst', 'naturalEarth', 'capmas'] as const;

/** One credit per source, as the language writes it (proper names stay in Latin script). */
export const mapCredits = (language: Language): string[] =>
  MAP_SOURCES.map((source) => i18next.t(`attribution.${source}`, { lng: language }));

/**
 * The variable, on the map's panel, that says how tall the credits are, so what floats over the map stays above them.
 */
const HEIGHT_VARIABLE = '--credits-height';

/** Adds the credits, expanded at every width, at `position`; returns what removes them. */
export function addCredits(map: MapLibreMap, language: Language, position: ControlPosition): () => void {
  // One string keeps our order (MapLibre sorts a list by length); each credit is isolated so that Latin names inside
  // Arabic text keep their own direction.
  const credits = mapCredits(language)
    .map((credit) => `<bdi>${credit}</bdi>`)
    .join(' | ');
  const control = new AttributionControl({ compact: false, customAttribution: credits });
  map.addControl(control, position);
  const panel = map.getContainer().parentElement;
  const observer = new ResizeObserver(([entry]) => {
    if (entry) panel?.style.setProperty(HEIGHT_VARIABLE, `${entry.borderBoxSize[0]?.blockSize ?? 0}px`);
  });
  observer.observe(control._container);
  return () => {
    observer.disconnect();
    map.removeControl(control);
  };
}
