// Lines from one point out to several others, each end ringed with a number: the partner finder's seeker and its
// suggestions (numbered by score), the service finder's origin and the nearest associations (numbered by rank).
import type { FeatureCollection, LineString, Point, Position } from 'geojson';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT, HALO, localNumber } from './expressions';

/** One end: the association's id, where it is, the number written on it and how strong its line is (0–100). */
export interface Spoke {
  id: number;
  at: Position;
  label: number;
  weight: number;
}

export type SpokeFeatures = FeatureCollection<
  LineString | Point,
  { role: 'line' | 'end' | 'origin'; id: number; label: number; weight: number }
>;

/** Lines first, then the ends' circles, then the origin on top. */
export function spokeFeatures(origin: Position, spokes: Spoke[]): SpokeFeatures {
  const features: SpokeFeatures['features'] = [];
  for (const { id, at, label, weight } of spokes) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [origin, at] },
      properties: { role: 'line', id, label, weight },
    });
  }
  for (const { id, at, label, weight } of spokes) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { role: 'end', id, label, weight },
    });
  }
  features.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: origin },
    properties: { role: 'origin', id: -1, label: 0, weight: 0 },
  });
  return { type: 'FeatureCollection', features };
}

/** The layers of a source of spokes, named `<source>-lines`, `-points`, `-labels` and `-origin`, in one colour. */
export function spokeLayers(source: string, color: string): LayerSpecification[] {
  const role = (name: string) => ['==', ['get', 'role'], name] as ['==', ['get', string], string];
  return [
    {
      id: `${source}-lines`,
      type: 'line',
      source,
      filter: role('line'),
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['interpolate', ['linear'], ['get', 'weight'], 0, 1, 100, 4],
        'line-dasharray': [2, 1.5],
      },
    },
    {
      id: `${source}-points`,
      type: 'circle',
      source,
      filter: role('end'),
      paint: { 'circle-radius': 9, 'circle-color': '#ffffff', 'circle-stroke-color': color, 'circle-stroke-width': 3 },
    },
    {
      id: `${source}-labels`,
      type: 'symbol',
      source,
      filter: role('end'),
      layout: {
        'text-field': localNumber(['round', ['get', 'label']]),
        'text-font': FONT,
        'text-size': 10,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': color, ...HALO },
    },
    {
      id: `${source}-origin`,
      type: 'circle',
      source,
      filter: role('origin'),
      paint: {
        'circle-radius': 8,
        'circle-color': color,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2.5,
      },
    },
  ];
}
