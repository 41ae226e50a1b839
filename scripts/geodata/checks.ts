// Sanity checks on the final polygons: no governorate overlaps, Qena's districts resolve to Qena only, the Qena
// city test point lands in Qena markaz. Throws when a hard check fails; returns figures for the README.
import { QENA_ISO } from './corrections';
import { rows, type Db } from './postgis';

/** Qena city (SOURCES.md "Egyptian projected CRS" test point). */
export const QENA_TEST_POINT = { lon: 32.7167, lat: 26.1642, governorate: QENA_ISO, district: 'EG.QN.QM' } as const;

export interface CheckReport {
  governorateOverlapKm2: number;
  districtsOutsideGovernorate: { code: string; outsideKm2: number }[];
  areaKm2: Record<string, number>;
}

export async function checkFinalGeometry(db: Db): Promise<CheckReport> {
  const [overlap] = await rows<{ km2: number }>(
    db,
    `SELECT COALESCE(sum(ST_Area(ST_Intersection(a.geom, b.geom)::geography)) / 1e6, 0)::float8 AS km2
     FROM final a JOIN final b ON a.layer = 'governorate' AND b.layer = 'governorate' AND a.code < b.code
       AND ST_Intersects(a.geom, b.geom)`,
  );
  // array_agg over no row that passes the filter is NULL, not an empty array.
  const qenaPoints = await rows<{ code: string; governorates: string[] | null }>(
    db,
    `SELECT d.code, array_agg(g.code ORDER BY g.code) FILTER (WHERE g.code IS NOT NULL) AS governorates
     FROM final d LEFT JOIN final g ON g.layer = 'governorate' AND ST_Covers(g.geom, ST_PointOnSurface(d.geom))
     WHERE d.layer = 'district' AND d.governorate = $1 GROUP BY d.code`,
    [QENA_ISO],
  );
  for (const p of qenaPoints) {
    if (p.governorates?.length !== 1 || p.governorates[0] !== QENA_ISO) {
      throw new Error(`checks: a point of ${p.code} resolves to governorates [${p.governorates?.join(', ') ?? ''}]`);
    }
  }
  const { lon, lat, governorate, district } = QENA_TEST_POINT;
  const testHits = await rows<{ layer: string; code: string }>(
    db,
    `SELECT layer, code FROM final WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326)) ORDER BY layer, code`,
    [lon, lat],
  );
  const got = testHits.map((h) => h.code).join(', ');
  if (got !== `${district}, ${governorate}`) throw new Error(`checks: Qena test point is in [${got}]`);

  const outside = await rows<{ code: string; outsideKm2: number }>(
    db,
    `SELECT d.code, round((ST_Area(ST_Difference(d.geom, g.geom)::geography) / 1e6)::numeric, 1)::float8 AS "outsideKm2"
     FROM final d JOIN final g ON g.layer = 'governorate' AND g.code = d.governorate
     WHERE d.layer = 'district' AND ST_Area(ST_Difference(d.geom, g.geom)::geography) > 5e5
     ORDER BY "outsideKm2" DESC`,
  );
  const areas = await rows<{ code: string; km2: number }>(
    db,
    `SELECT code, round(ST_Area(geom::geography) / 1e6)::float8 AS km2
     FROM final WHERE layer = 'governorate' ORDER BY code`,
  );
  return {
    governorateOverlapKm2: Math.round((overlap?.km2 ?? 0) * 1000) / 1000,
    districtsOutsideGovernorate: outside,
    areaKm2: Object.fromEntries(areas.map((a) => [a.code, a.km2])),
  };
}
