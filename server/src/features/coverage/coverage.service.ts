// Coverage of a governorate for the association filters: figures per district and per 10,000 people, counting the
// set the list counts for the same filters; villages left without a service within reach, and unused social units
// that active associations nearby could put to work (both of active associations, whatever the other filters).
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { Stats } from '../../../../contracts/association';
import type { CoverageQuery } from '../../../../contracts/coverage';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { computeStatsJson } from '../stats/stats.queries';
import { radiusInDegrees } from '../../lib/radius-degrees';
import { facet } from '../../lib/facets';
import { UNCOVERED_VILLAGES, UNUSED_SOCIAL_UNITS } from './coverage.sql';

/** Per 10,000 people, two decimals as the stats SQL rounds them; null without a population. */
const per10k = (value: number, population: number | null) =>
  population && population > 0 ? Math.round((value * 10_000 * 100) / population) / 100 : null;

interface GovernorateRow {
  code: string;
  nameAr: string;
  nameEn: string;
  population: number | null;
  populationYear: number | null;
  latitude: number;
}

export async function computeCoverage(db: Db, query: CoverageQuery) {
  const { radiusKm, ...filters } = query;
  const [code] = filters.governorate;
  const governorate = await db('governorates')
    .where({ code })
    .first<GovernorateRow | undefined>(
      'code',
      'name_ar as nameAr',
      'name_en as nameEn',
      'population',
      'population_year as populationYear',
      db.raw('ST_Y(ST_Centroid(geom)) AS latitude'),
    );
  if (!governorate) throw new HttpProblem('notFound', `No governorate has code ${code}`);
  const { latitude, ...governorateInfo } = governorate;

  const bindings = {
    governorate: code,
    ...serviceBindings(filters),
    // A degree further from the equator than the centroid, so the whole governorate is covered.
    degrees: radiusInDegrees(radiusKm, Math.abs(latitude) + 1),
    meters: radiusKm * 1000,
  };
  const asksForService = Boolean(filters.sector?.length || filters.resource?.length);
  const [statsJson, villages, socialUnits] = await Promise.all([
    computeStatsJson(db, filters),
    asksForService ? db.raw<{ rows: unknown[] }>(UNCOVERED_VILLAGES, bindings) : null,
    db.raw<{ rows: unknown[] }>(UNUSED_SOCIAL_UNITS, bindings),
  ]);
  const stats = JSON.parse(statsJson) as Stats;

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
        associations: district.associationsPer10k,
        members: district.membersPer10k,
        resources: Object.fromEntries(
          Object.entries(district.resources).map(([code, n]) => [code, per10k(n, district.population)]),
        ),
      },
    })),
    gaps: asksForService
      ? {
          sector: filters.sector?.join(',') || null,
          resource: filters.resource?.map((need) => need.code).join(',') || null,
          radiusKm,
          villages: villages?.rows ?? [],
        }
      : null,
    unusedSocialUnits: { radiusKm, units: socialUnits.rows },
  };
}

/** The service the gaps are about, as coverage.sql.ts's OFFERS reads it: the filters' sectors and resources. */
function serviceBindings({ sector = [], resource = [] }: Pick<AssociationFilters, 'sector' | 'resource'>) {
  const counted = resource.filter((need) => need.minQuantity > 1);
  return {
    sectors: sector.map((code) => facet('sector', code)),
    anyResource: resource.length > 0,
    present: resource.filter((need) => need.minQuantity <= 1).map((need) => facet('resource', need.code)),
    counted: counted.map((need) => need.code),
    minimums: counted.map((need) => need.minQuantity),
  };
}

function totalsOf(stats: Stats) {
  const { associations, members, intlCoop, resources } = stats.totals;
  return { associations, members, intlCoop, resources };
}
