// A deployment's own OpenStreetMap extract (a PMTiles archive in the Protomaps basemap schema) as MapLibre layers:
// @protomaps/basemaps builds them, in the interface language; they are split where the atlas's own layers go between
// them, and told to use the atlas's glyphs (the only fonts it serves) and no icons (it has no sprite).
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Language } from '../i18n/i18n';
import { FONT } from './expressions';

export const ARCHIVE_SOURCE = 'archive';

/** The built-in layers the extract replaces; the atlas's own village and town names stay. */
export const BUILTIN_GROUND_LAYERS = [
  'basemap-land',
  'basemap-water',
  'basemap-waterway',
  'basemap-railway',
  'basemap-stations',
  'basemap-waterway-label',
  'basemap-station-label',
] as const;

/** Source layers drawn under the governorate fills and the choropleth; the rest of the ground goes above them. */
const UNDER_BOUNDARIES = new Set(['earth', 'landcover', 'landuse']);

export interface ArchiveLayers {
  /** Land and land use: under the governorates and the choropleth. */
  ground: LayerSpecification[];
  /** Water, roads, railways, buildings: over the choropleth, under the boundary lines. */
  overlay: LayerSpecification[];
  /** Names of roads, water and places: under the association discs. */
  labels: LayerSpecification[];
}

function withAtlasFonts(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'symbol') return layer;
  const layout: Record<string, unknown> = { ...layer.layout };
  delete layout['icon-image'];
  if ('text-field' in layout) layout['text-font'] = FONT;
  return { ...layer, layout };
}

export function archiveLayers(language: Language): ArchiveLayers {
  const all = protomapsLayers(ARCHIVE_SOURCE, namedFlavor('light'), { lang: language })
    .filter((layer) => layer.type !== 'background')
    .map(withAtlasFonts)
    // A symbol that only drew an icon (one-way arrows, shields without text) has nothing left to draw.
    .filter((layer) => layer.type !== 'symbol' || 'text-field' in (layer.layout ?? {}));
  const sourceLayer = (layer: LayerSpecification) => ('source-layer' in layer ? layer['source-layer'] : undefined);
  return {
    ground: all.filter((layer) => layer.type !== 'symbol' && UNDER_BOUNDARIES.has(sourceLayer(layer) ?? '')),
    overlay: all.filter((layer) => layer.type !== 'symbol' && !UNDER_BOUNDARIES.has(sourceLayer(layer) ?? '')),
    labels: all.filter((layer) => layer.type === 'symbol'),
  };
}
