// What the brief prints: the governorate's coverage (with gaps for the chosen service) read from the address bar.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { coverageReply } from '../../../../contracts/coverage';
import { getJson } from '../../api/http';
import { useUrlValue } from '../../lib/url-state';

const point = z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) });
/** Some villages (from OSM, on the desert edge) have no Arabic name yet. */
const place = { id: z.number(), nameAr: z.string().nullable(), nameEn: z.string().nullable(), district: z.string().nullable(), location: point };

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
  unusedSocialUnits: z.object({ radiusKm: z.number(), units: z.array(z.object({ ...place, activeAssociationsNearby: z.number() })) }),
});
export type BriefCoverage = z.infer<typeof briefCoverage>;

export interface BriefParams {
  governorate: string;
  /** `sector=<code>` or `resource=<code>`: the service whose uncovered villages are listed. */
  service: { kind: 'sector' | 'resource'; code: string } | undefined;
  radiusKm: number;
}

const readParams = (search: string) => {
  const params = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const name of ['governorate', 'sector', 'resource', 'radiusKm']) {
    const value = params.get(name);
    if (value) keep.set(name, value);
  }
  return keep.toString();
};

export function useBriefParams(): BriefParams {
  const params = new URLSearchParams(useUrlValue(readParams));
  const sector = params.get('sector');
  const resource = params.get('resource');
  const radius = Number(params.get('radiusKm'));
  return {
    governorate: params.get('governorate') ?? 'EG-KN',
    service: resource ? { kind: 'resource', code: resource } : sector ? { kind: 'sector', code: sector } : undefined,
    radiusKm: radius > 0 && radius <= 100 ? radius : 5,
  };
}

export function useBriefCoverage({ governorate, service, radiusKm }: BriefParams) {
  const query = new URLSearchParams({ governorate, radiusKm: String(radiusKm) });
  if (service) query.set(service.kind, service.code);
  return useQuery({
    queryKey: ['coverage', query.toString()],
    queryFn: ({ signal }) => getJson(`/api/coverage?${query.toString()}`, signal, briefCoverage),
    staleTime: 60_000,
  });
}
