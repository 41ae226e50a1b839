// Reads governorates and districts as JSON text built by PostgreSQL, with geometry only when asked.
import type { Db } from '../../db';

export interface BoundaryQuery {
  codes?: string[];
  governorates?: string[];
  withGeometry: boolean;
}

/** One JSON object per boundary; 5 decimals (~1 m) is plenty for display. */
const boundaryJson = (withGeometry: boolean, extraFields: string) => `
  json_build_object('code', b.code, ${extraFields} 'nameAr', b.name_ar, 'nameEn', b.name_en,
                    'population', b.population, 'populationYear', b.population_year
                    ${withGeometry ? ", 'geometry', ST_AsGeoJSON(b.geom, 5)::json" : ''})`;

async function listAsJson(
  db: Db,
  table: 'governorates' | 'districts',
  json: string,
  query: BoundaryQuery,
): Promise<string> {
  const rows = db(`${table} as b`)
    .select(db.raw(`${json} AS item`), 'b.name_en')
    .modify((builder) => {
      if (query.codes?.length) builder.whereIn('b.code', query.codes);
      if (query.governorates?.length) builder.whereIn('b.governorate_code', query.governorates);
    });
  const result = await db.raw<{ rows: { items: string }[] }>(
    `SELECT coalesce(json_agg(item ORDER BY name_en), '[]'::json)::text AS items FROM ? AS rows`,
    [rows],
  );
  return result.rows[0]?.items ?? '[]';
}

export const listGovernoratesJson = (db: Db, query: BoundaryQuery) =>
  listAsJson(db, 'governorates', boundaryJson(query.withGeometry, ''), query);

export const listDistrictsJson = (db: Db, query: BoundaryQuery) =>
  listAsJson(db, 'districts', boundaryJson(query.withGeometry, "'governorate', b.governorate_code,"), query);
