// Style expressions shared by several layers: names in the interface language and the map's global state.
import type { ExpressionSpecification, StateSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Global state the style reads; set with map.setGlobalStateProperty when the interface changes. */
export const MAP_STATE = {
  lang: { default: 'ar' },
  locale: { default: 'ar-EG' },
  governorates: { default: ['EG-KN'] },
  choroplethMax: { default: 1 },
} satisfies StateSpecification;
export type MapStateName = keyof typeof MAP_STATE;

/** `nameAr` or `nameEn` following the language, Arabic when there is no English name. */
export const localName: ExpressionSpecification = [
  'coalesce',
  ['get', ['case', ['==', ['global-state', 'lang'], 'en'], 'nameEn', 'nameAr']],
  ['get', 'nameAr'],
];

/** A number written in the digits of the interface language (Arabic-Indic in Arabic). */
export const localNumber = (value: ExpressionSpecification): ExpressionSpecification => [
  'number-format',
  value,
  { locale: ['global-state', 'locale'] },
];

export const FONT = ['Noto Sans Arabic Regular'];

export const HALO = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-halo-blur': 0.5 } as const;

export const COLORS = {
  land: '#f3f1ec',
  otherGovernorate: '#e4e0d8',
  boundary: '#7c6f64',
  governorate: '#3f3a36',
  label: '#2b2622',
  intlCoop: '#c2410c',
  noIntlCoop: '#0f766e',
  /** Suspended or dissolved, whatever the cooperation. */
  inactive: '#8f8a85',
  neutral: '#57534e',
  cluster: '#334155',
  selected: '#1d4ed8',
  unitInUse: '#15803d',
  unitUnused: '#b91c1c',
  links: { affiliation: '#6d28d9', partnership: '#0369a1', network: '#a16207' },
  choropleth: ['#fff7ec', '#fdd49e', '#fc8d59', '#d7301f', '#7f0000'],
} as const;
