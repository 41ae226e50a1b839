// Reads association filters from URL parameters with the server's own zod schema, and writes them back canonically.
import {
  ASSOCIATION_FILTER_NAMES,
  associationFilterShape,
  associationFilters,
  type AssociationFilters,
  type ResourceNeed,
} from '../../../../contracts/association-filters';

/** The governorate shown when the address names none: Qena, the governorate this atlas was made for. */
export const DEFAULT_GOVERNORATE = 'EG-KN';

/** Filters the client offers; `bbox` belongs to the map view, not to the filter panel. */
export const FILTER_NAMES = ASSOCIATION_FILTER_NAMES.filter((name) => name !== 'bbox');
export type FilterName = (typeof FILTER_NAMES)[number];

/** Each parameter is checked on its own so that one bad value drops only itself, never the whole view. */
export function parseFilterParams(params: URLSearchParams): AssociationFilters {
  const raw: Record<string, string | string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const value = values.length === 1 ? (values[0] as string) : values;
    if (associationFilterShape[name].safeParse(value).success) raw[name] = value;
  }
  const parsed = associationFilters.safeParse(raw);
  if (parsed.success) return withDefaults(parsed.data);
  delete raw.maxMembers; // the only cross-field rule: minMembers <= maxMembers
  return withDefaults(associationFilters.parse(raw));
}

function withDefaults(filters: AssociationFilters): AssociationFilters {
  return filters.governorate?.length ? filters : { ...filters, governorate: [DEFAULT_GOVERNORATE] };
}

const resourceText = (need: ResourceNeed) => (need.minQuantity > 1 ? `${need.code}:${need.minQuantity}` : need.code);
const itemText = (item: string | ResourceNeed) => (typeof item === 'string' ? item : resourceText(item));

/** One filter value as the API and the address bar spell it; undefined when the filter is unset. */
export function filterParamValue(name: FilterName, filters: AssociationFilters): string | undefined {
  const value = filters[name];
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length ? value.map(itemText).join(',') : undefined;
  return String(value);
}

/** Writes every filter into `params` (removing unset ones), leaving other parameters alone. */
export function writeFilterParams(params: URLSearchParams, filters: AssociationFilters): void {
  for (const name of FILTER_NAMES) {
    const value = filterParamValue(name, filters);
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  }
}

/** The canonical query string of the filters alone, used as the key and the query of every filtered request. */
export function filterQueryString(filters: AssociationFilters): string {
  const params = new URLSearchParams();
  writeFilterParams(params, filters);
  return params.toString();
}
