// What the brief prints: the coverage of one governorate for the filters in the address bar (the same filters, and so
// the same counts, as the map, the list and the dashboard), with gaps for the service the filters ask for.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { coverageReply } from '../../../../contracts/coverage';
import { getJson } from '../../api/http';
import { useUrlValue } from '../../lib/url-state';
import { DEFAULT_GOVERNORATE, filterQueryString } from '../filters/filter-params';
import { useFilters } from '../filters/use-filters';

const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });
/** Some villages (from OSM, on the desert edge) have no Arabic name yet. */
const place = {
  id: z.number(),
  nameAr: z.string().nullable(),
  nameEn: z.string().nullable(),
  district: z.string().nullable(),
  location: point,
};

/** contracts/ leaves gap villages and unused units loose; the brief needs their fields. */
const briefCoverage = coverageReply.extend({
  gaps: z
    .object({
      sector: z.string().nullable(),
      resource: z.string().nullable(),
      radiusKm: z.number(),
      villages: z.array(z.object({ ...place, population: z.number().nullable(), nearestKm: z.number().nullable() })),
    })
    .nullable(),
  unusedSocialUnits: z.object({
    radiusKm: z.number(),
    units: z.array(z.object({ ...place, activeAssociationsNearby: z.number() })),
  }),
});
export type BriefCoverage = z.infer<typeof briefCoverage>;

export interface BriefParams {
  governorate: string;
  /**
   * The filters' canonical query with this one governorate: what the brief counts, and where "back to the map" goes.
   */
  filterQuery: string;
  /**
   * `sector=<code>` or `resource=<code>` when the filters ask for exactly one: the service the brief's picker shows.
   */
  service: { kind: 'sector' | 'resource'; code: string } | undefined;
  radiusKm: number;
}

const readRadius = (search: string) => new URLSearchParams(search).get('radiusKm') ?? undefined;

export function useBriefParams(): BriefParams {
  const { filters } = useFilters();
  const radius = Number(useUrlValue(readRadius));
  const governorate = filters.governorate?.[0] ?? DEFAULT_GOVERNORATE;
  const sectors = filters.sector ?? [];
  const resources = filters.resource ?? [];
  const single = sectors.length + resources.length === 1;
  return {
    governorate,
    filterQuery: filterQueryString({ ...filters, governorate: [governorate] }),
    service: !single
      ? undefined
      : resources[0]
        ? { kind: 'resource', code: resources[0].code }
        : { kind: 'sector', code: sectors[0] ?? '' },
    radiusKm: radius > 0 && radius <= 100 ? radius : 5,
  };
}

export function useBriefCoverage({ filterQuery, radiusKm }: BriefParams) {
  const query = `${filterQuery}&radiusKm=${radiusKm}`;
  return useQuery({
    queryKey: ['coverage', query],
    queryFn: ({ signal }) => getJson(`/api/coverage?${query}`, signal, briefCoverage),
    staleTime: 60_000,
  });
}
