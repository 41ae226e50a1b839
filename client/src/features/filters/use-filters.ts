// The one hook through which the app reads and changes the association filters, which live in the address bar.
import { useMemo } from 'react';
import type { AssociationFilters } from '../../../../contracts/association-filters';
import { updateUrl, useUrlValue } from '../../lib/url-state';
import {
  DEFAULT_GOVERNORATE,
  FILTER_NAMES,
  filterQueryString,
  parseFilterParams,
  writeFilterParams,
} from './filter-params';

export interface FiltersState {
  filters: AssociationFilters;
  /** Canonical query string of the filters (no leading "?"): the key of every filtered request. */
  query: string;
  /** How many filters narrow the default view. */
  activeCount: number;
  setFilters: (patch: Partial<AssociationFilters>) => void;
  reset: () => void;
}

/** The canonical filter query of the address bar, remembered for the last query string seen. */
const canonical = { search: undefined as string | undefined, query: '' };
function filterQueryOf(search: string): string {
  if (canonical.search !== search) {
    canonical.search = search;
    canonical.query = filterQueryString(parseFilterParams(new URLSearchParams(search)));
  }
  return canonical.query;
}

export function useFilters(): FiltersState {
  const query = useUrlValue(filterQueryOf);
  return useMemo(() => {
    const filters = parseFilterParams(new URLSearchParams(query));
    const activeCount = FILTER_NAMES.filter((name) => name !== 'governorate' && filters[name] !== undefined).length;
    return {
      filters,
      query,
      activeCount,
      setFilters: (patch) => updateUrl((params) => writeFilterParams(params, { ...filters, ...patch })),
      reset: () => updateUrl((params) => writeFilterParams(params, { governorate: [DEFAULT_GOVERNORATE] })),
    };
  }, [query]);
}

/**
 * Makes the address bar spell out the effective filters (the default governorate included) without a new history entry.
 */
export function normalizeFilterUrl(): void {
  updateUrl((params) => writeFilterParams(params, parseFilterParams(params)), 'replace');
}
