// How many demo associations each district gets: a fixed total per governorate, shared by population.
import { NEIGHBOURS, QENA, type District, type Geography, type Village } from './places';

/** Qena gets most; Luxor and Sohag together well over a hundred. */
export const TOTAL_PER_GOVERNORATE: Readonly<Record<string, number>> = {
  [QENA]: 640,
  [NEIGHBOURS[0]]: 60,
  [NEIGHBOURS[1]]: 60,
};
/** Share of central associations (federations) in each governorate; at least two each. */
export const CENTRAL_SHARE = 0.04;
const MIN_PER_DISTRICT = 8;

/** A settlement's weight when it has no population: the kind of place says roughly how big it is. */
const PLACE_WEIGHT: Readonly<Record<string, number>> = {
  city: 120_000,
  town: 30_000,
  village: 6_000,
  hamlet: 1_500,
  locality: 2_500,
};

export function villageWeight(village: Village): number {
  return village.population ?? PLACE_WEIGHT[village.placeType] ?? 3_000;
}

export interface DistrictQuota {
  district: District;
  villages: Village[];
  count: number;
}

/** Largest-remainder split of each governorate's total over its districts that have named villages. */
export function planQuotas(geography: Geography): DistrictQuota[] {
  const quotas: DistrictQuota[] = [];
  for (const [governorateCode, total] of Object.entries(TOTAL_PER_GOVERNORATE)) {
    const districts = geography.districts
      .filter((d) => d.governorateCode === governorateCode)
      .map((district) => ({ district, villages: geography.villages.filter((v) => v.districtCode === district.code) }))
      .filter((entry) => entry.villages.length > 0);
    if (districts.length === 0) continue;
    const known = districts
      .map((d) => d.district.population)
      .filter((p): p is number => p !== null && p > 0)
      .sort((a, b) => a - b);
    const median = known[Math.floor(known.length / 2)] ?? 100_000;
    const weights = districts.map((d) =>
      d.district.population && d.district.population > 0 ? d.district.population : median,
    );
    const spare = total - MIN_PER_DISTRICT * districts.length;
    const sum = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map((w) => (spare * w) / sum);
    const counts = exact.map((x) => MIN_PER_DISTRICT + Math.floor(x));
    const byRemainder = exact
      .map((x, i) => ({ i, rest: x - Math.floor(x) }))
      .sort((a, b) => b.rest - a.rest || a.i - b.i);
    const missing = total - counts.reduce((a, b) => a + b, 0);
    for (let k = 0; k < missing; k += 1) {
      const index = byRemainder[k % byRemainder.length]?.i ?? 0;
      counts[index] = (counts[index] ?? 0) + 1;
    }
    districts.forEach((entry, i) => quotas.push({ ...entry, count: counts[i] ?? 0 }));
  }
  return quotas;
}

/** The district's main settlement: where its central associations sit. */
export function mainVillage(villages: readonly Village[]): Village {
  return villages.reduce((best, v) => (villageWeight(v) > villageWeight(best) ? v : best));
}
