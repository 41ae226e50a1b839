// The partner finder on the map: a line from the seeker to each suggestion, the suggestions ringed with their score.
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { PartnersReply } from '../../../contracts/partners';
import { FONT, HALO, localNumber } from './expressions';

export const PARTNERS_SOURCE = 'partners';
const COLOR = '#be185d';

type PartnerFeatures = FeatureCollection<LineString | Point, { role: 'line' | 'partner' | 'seeker'; id: number; score: number }>;

/** Lines first, then the partners' circles, then the seeker on top. */
export function partnerFeatures(reply: PartnersReply): PartnerFeatures {
  const from = reply.seeker.location.coordinates;
  const features: PartnerFeatures['features'] = [];
  for (const result of reply.results) {
    const properties = { id: result.association.id, score: result.score };
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [from, result.association.location.coordinates] }, properties: { role: 'line', ...properties } });
  }
  for (const result of reply.results) {
    features.push({ type: 'Feature', geometry: result.association.location, properties: { role: 'partner', id: result.association.id, score: result.score } });
  }
  features.push({ type: 'Feature', geometry: reply.seeker.location, properties: { role: 'seeker', id: reply.seeker.id ?? -1, score: 0 } });
  return { type: 'FeatureCollection', features };
}

export const PARTNER_LAYERS: LayerSpecification[] = [
  {
    id: 'partners-lines',
    type: 'line',
    source: PARTNERS_SOURCE,
    filter: ['==', ['get', 'role'], 'line'],
    layout: { 'line-cap': 'round' },
    paint: { 'line-color': COLOR, 'line-width': ['interpolate', ['linear'], ['get', 'score'], 0, 1, 100, 4], 'line-dasharray': [2, 1.5] },
  },
  {
    id: 'partners-points',
    type: 'circle',
    source: PARTNERS_SOURCE,
    filter: ['==', ['get', 'role'], 'partner'],
    paint: { 'circle-radius': 9, 'circle-color': '#ffffff', 'circle-stroke-color': COLOR, 'circle-stroke-width': 3 },
  },
  {
    id: 'partners-scores',
    type: 'symbol',
    source: PARTNERS_SOURCE,
    filter: ['==', ['get', 'role'], 'partner'],
    layout: { 'text-field': localNumber(['round', ['get', 'score']]), 'text-font': FONT, 'text-size': 10, 'text-allow-overlap': true },
    paint: { 'text-color': COLOR, ...HALO },
  },
  {
    id: 'partners-seeker',
    type: 'circle',
    source: PARTNERS_SOURCE,
    filter: ['==', ['get', 'role'], 'seeker'],
    paint: { 'circle-radius': 8, 'circle-color': COLOR, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 },
  },
];
