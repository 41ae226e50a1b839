// The cache key of a tile: data generation, z/x/y and the filters in one canonical spelling, so that
// `kind=civil,central` and `kind=central&kind=civil` share an entry.
import { ASSOCIATION_FILTER_NAMES, type AssociationFilters } from '../../../../contracts/association-filters';
import type { TileCoordinates } from './tile-coordinates';

type FilterValue = NonNullable<AssociationFilters[keyof AssociationFilters]>;
type ListItem = string | number | { code: string; minQuantity: number };

const itemText = (item: ListItem) => (typeof item === 'object' ? `${item.code}:${item.minQuantity}` : String(item));

/** "Any of" lists sorted without repeats; bbox keeps its order, its numbers mean their place. */
function valueText(name: keyof AssociationFilters, value: FilterValue): string {
  if (!Array.isArray(value)) return String(value);
  const items = (value as ListItem[]).map(itemText);
  return name === 'bbox' ? items.join(',') : [...new Set(items)].sort().join(',');
}

function canonicalFilters(filters: AssociationFilters): string {
  return ASSOCIATION_FILTER_NAMES.flatMap((name) => {
    const value = filters[name];
    return value === undefined ? [] : [`${name}=${encodeURIComponent(valueText(name, value))}`];
  }).join('&');
}

export const tileKey = (generation: string, { z, x, y }: TileCoordinates, filters: AssociationFilters) =>
  `${generation}/${z}/${x}/${y}?${canonicalFilters(filters)}`;
