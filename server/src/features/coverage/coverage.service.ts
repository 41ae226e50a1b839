// Coverage of a governorate: figures per district and per 10,000 people, villages left without a service
// within reach, and unused social units that active associations nearby could put to work.
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { Stats } from '../../../../contracts/association';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { computeStatsJson } from '../stats/stats.queries';
import { radiusInDegrees } from '../../lib/radius-degrees';
import { facetsOf } from '../../lib/facets';
import { UNCOVERED_VILLAGES, UNUSED_SOCIAL_UNITS } from './coverage.sql';

export interface CoverageQuery {
  governorate: string;
  sector?: string;
  resource?: { code: string; minQuantity: number };
  radiusKm: number;
}

const per10k = (value: number, population: number | null) =>
  population && population > 0 ? Math.round((value * 10_000 * 100) / population) / 100 : null;

export async function computeCoverage(db: Db, query: CoverageQuery) {
  const governorate = await db('governorates')
    .where({ code: query.governorate })
    .first('code', 'name_ar as nameAr', 'name_en as nameEn', 'population', 'population_year as populationYear',
      db.raw('ST_Y(ST_Centroid(geom)) AS latitude'));
  if (!governorate) throw new HttpProblem('notFound', `No governorate has code ${query.governorate}`);

  const active: AssociationFilters = { governorate: [query.governorate], status: ['active'] };
  const bindings = {
    governorate: query.governorate,
    facets: facetsOf(query),
    resource: query.resource?.code ?? null,
    minQuantity: query.resource?.minQuantity ?? 1,
    // A degree further from the equator than the centroid, so the whole governorate is covered.
    degrees: radiusInDegrees(query.radiusKm, Math.abs(governorate.latitude) + 1),
    meters: query.radiusKm * 1000,
  };
  const asksForService = query.sector !== undefined || query.resource !== undefined;
  const [statsJson, villages, socialUnits] = await Promise.all([
    computeStatsJson(db, active),
    asksForService ? db.raw<{ rows: unknown[] }>(UNCOVERED_VILLAGES, bindings) : null,
    db.raw<{ rows: unknown[] }>(UNUSED_SOCIAL_UNITS, bindings),
  ]);
  const stats = JSON.parse(statsJson) as Stats;

  const { latitude: _latitude, ...governorateInfo } = governorate;
  return {
    governorate: {
      ...governorateInfo,
      ...totalsOf(stats),
      per10k: {
        associations: per10k(stats.totals.associations, governorate.population),
        members: per10k(stats.totals.members, governorate.population),
      },
    },
    districts: stats.districts.map((district) => ({
      ...district,
      per10k: {
        associations: per10k(district.associations, district.population),
        members: per10k(district.members, district.population),
        resources: Object.fromEntries(Object.entries(district.resources).map(([code, n]) => [code, per10k(n, district.population)])),
      },
    })),
    gaps: asksForService
      ? { sector: query.sector ?? null, resource: query.resource?.code ?? null, radiusKm: query.radiusKm, villages: villages?.rows ?? [] }
      : null,
    unusedSocialUnits: { radiusKm: query.radiusKm, units: socialUnits.rows },
  };
}

function totalsOf(stats: Stats) {
  const { associations, members, intlCoop, resources } = stats.totals;
  return { associations, members, intlCoop, resources };
}
