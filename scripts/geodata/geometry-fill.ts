// Makes the districts tile their governorate: every piece of a governorate in no district (desert, Nile, slivers)
// goes to the nearest district (SOURCES.md §9). Keeps the official polygons and the Nile gap before filling.
import { LUXOR_ISO, QENA_ISO } from './corrections';
import { geometrySchema } from './geojson-schema';
import { exec, rows, type Db } from './postgis';
import type { Geometry } from './types';

export interface FillReport {
  /** Qena desert within the valley band nearer a Luxor district, handed to Luxor first. */
  qenaDesertToLuxorKm2: number;
  /** Per governorate: area that was in no district, now given to the nearest one. */
  filled: { governorate: string; km2: number; districts: number }[];
  /** Governorate polygon area held by a district of another governorate, given up to it. */
  givenToForeignDistrictsKm2: number;
  /** Overlaps between districts, given to the smaller district. */
  overlapKm2: number;
  /** Overlaps the filling made where two governorate polygons overlapped, given to the smaller district. */
  filledOverlapKm2: number;
}

/** Metric CRS of every distance here (WGS 84 / UTM 36N, the Nile valley's own zone). */
const METRIC = 32636;
/** Boundary vertices every this many metres seed the Voronoi cells (README: why not 100 m). */
const DENSIFY_M = 500;
/** Qena desert within this distance of the valley is checked for being nearer Luxor. */
const VALLEY_BAND_M = 10_000;
/** Fixed-precision grid (degrees, ~1 mm) of the overlays that assemble the filled districts: robust noding. */
const GRID = 1e-8;
/** Gap pieces within this distance of the Natural Earth Nile centreline are the river (Qena and Luxor only). */
const NILE_BAND_M = 3_000;

const AS_MULTIPOLYGON = (expr: string): string => `ST_Multi(ST_CollectionExtract(ST_MakeValid(${expr}), 3))`;
const KM2 = (expr: string): string => `COALESCE(ST_Area((${expr})::geography) / 1e6, 0)::float8`;

/**
 * Cuts `area` (an EPSG:4326 polygon expression) into the Voronoi cells of the
 * densified boundaries of the districts of `governorates`: rows (code, geom) of `into`, each part nearer that
 * district than any other. Seeds, cells and the subdivided area sit in indexed tables, so each cell meets only the
 * seed and the area pieces it touches.
 */
async function cutByNearestDistrict(
  db: Db,
  governorates: readonly string[],
  area: string,
  into: string,
): Promise<void> {
  await exec(
    db,
    `CREATE TEMP TABLE seed AS
       SELECT DISTINCT ON (p.geom) d.code, p.geom
       FROM district d,
         ST_DumpPoints(ST_SnapToGrid(ST_Segmentize(ST_Boundary(ST_Transform(d.geom, ${METRIC})), ${DENSIFY_M}), 0.01)) p
       WHERE d.governorate = ANY($1)
       ORDER BY p.geom, d.code`,
    [governorates],
  );
  await exec(
    db,
    `CREATE INDEX ON seed USING gist (geom);
     CREATE TEMP TABLE piece AS SELECT ST_Subdivide(ST_MakeValid(${area}), 128) AS geom;
     CREATE INDEX ON piece USING gist (geom);
     CREATE TEMP TABLE cell AS
       SELECT s.code, ST_CollectionExtract(ST_MakeValid(ST_Transform(c.geom, 4326)), 3) AS geom
       FROM ST_Dump(ST_VoronoiPolygons((SELECT ST_Collect(geom) FROM seed), 0,
         (SELECT ST_Expand(ST_Transform(ST_SetSRID(ST_Extent(geom)::geometry, 4326), ${METRIC}), 1000) FROM piece))) c
       JOIN seed s ON s.geom && c.geom AND ST_Intersects(s.geom, c.geom);
     CREATE INDEX ON cell USING gist (geom);
     ANALYZE piece; ANALYZE cell;
     -- The area's own edges (district borders) are kept exactly; only the cells' edges inside it are new.
     CREATE TABLE ${into} AS
       SELECT c.code, ST_Union(ST_CollectionExtract(ST_Intersection(c.geom, p.geom, ${GRID}), 3), ${GRID}) AS geom
       FROM cell c JOIN piece p ON p.geom && c.geom AND ST_Intersects(p.geom, c.geom)
       GROUP BY c.code;
     DROP TABLE seed, piece, cell;`,
  );
}

export async function fillDistricts(db: Db): Promise<FillReport> {
  await exec(db, `CREATE TABLE official_district AS SELECT code, governorate, geom FROM district`);
  const overlapKm2 = await resolveOverlaps(db);
  const givenToForeignDistrictsKm2 = await fitGovernoratesToDistricts(db);
  await keepNileGap(db);
  const qenaDesertToLuxorKm2 = await moveQenaDesertNearLuxor(db);
  const filled = await fillGaps(db);
  // Where two governorate polygons overlapped, both gaps were filled there: the smaller district keeps it.
  const filledOverlapKm2 = await resolveOverlaps(db);
  await exec(
    db,
    `UPDATE gov g SET geom = ${AS_MULTIPOLYGON(`u.geom`)}
     FROM (SELECT governorate, ST_Union(geom, ${GRID}) AS geom FROM district GROUP BY governorate) u
     WHERE u.governorate = g.code`,
  );
  return { qenaDesertToLuxorKm2, filled, givenToForeignDistrictsKm2, overlapKm2, filledOverlapKm2 };
}

/**
 * Where two districts overlap (of one governorate or of neighbours), the larger gives the overlap up (a small kism
 * drawn over a large markaz, such as an island, keeps its shape); equal areas: the greater code.
 */
async function resolveOverlaps(db: Db): Promise<number> {
  const [row] = await rows<{ km2: number }>(
    db,
    `WITH pair AS (
       SELECT a.code AS a, b.code AS b, ST_Area(a.geom) AS area_a, ST_Area(b.geom) AS area_b,
              ST_CollectionExtract(ST_Intersection(a.geom, b.geom, ${GRID}), 3) AS geom
       FROM district a JOIN district b ON a.code < b.code AND a.geom && b.geom
         AND ST_Intersects(a.geom, b.geom) AND NOT ST_Touches(a.geom, b.geom)),
     overlap AS (
       SELECT CASE WHEN area_a > area_b THEN a ELSE b END AS code, ST_Union(geom, ${GRID}) AS geom
       FROM pair GROUP BY 1),
     cut AS (
       UPDATE district d SET geom = ${AS_MULTIPOLYGON(`ST_Difference(d.geom, o.geom, ${GRID})`)}
       FROM overlap o WHERE o.code = d.code RETURNING ${KM2('o.geom')} AS km2)
     SELECT COALESCE(sum(km2), 0)::float8 AS km2 FROM cut`,
  );
  return row?.km2 ?? 0;
}

/**
 * A district polygon says more than a governorate polygon: where a district lies inside another governorate's
 * polygon (Zamalek, a Cairo island inside Giza's ADM1 polygon), that governorate gives the area up, and each
 * governorate takes in its own districts. Their gaps then never reach another governorate's district.
 */
async function fitGovernoratesToDistricts(db: Db): Promise<number> {
  const [row] = await rows<{ km2: number }>(
    db,
    `WITH foreign_district AS (
       SELECT g.code, ST_Union(d.geom) AS geom
       FROM gov g JOIN district d ON d.governorate <> g.code AND d.geom && g.geom AND ST_Intersects(d.geom, g.geom)
       GROUP BY g.code),
     given_up AS (
       SELECT f.code, ${KM2('ST_Intersection(g.geom, f.geom)')} AS km2
       FROM foreign_district f JOIN gov g ON g.code = f.code),
     cut AS (
       UPDATE gov g SET geom = ${AS_MULTIPOLYGON('ST_Difference(g.geom, f.geom)')}
       FROM foreign_district f WHERE f.code = g.code RETURNING g.code)
     SELECT COALESCE(sum(km2), 0)::float8 AS km2 FROM given_up WHERE code IN (SELECT code FROM cut)`,
  );
  await exec(
    db,
    `UPDATE gov g SET geom = ${AS_MULTIPOLYGON(`ST_Union(g.geom, u.geom, ${GRID})`)}
     FROM (SELECT governorate, ST_Union(geom) AS geom FROM district GROUP BY governorate) u
     WHERE u.governorate = g.code`,
  );
  return row?.km2 ?? 0;
}

/**
 * The Nile as an area (SOURCES.md §9): what Qena and Luxor hold in no district near the Natural Earth centreline —
 * the river between the COD village lands; islands belong to districts and stay out of it.
 */
async function keepNileGap(db: Db): Promise<void> {
  await exec(
    db,
    `CREATE TABLE nile_gap AS
       SELECT ${AS_MULTIPOLYGON(`ST_Union(ST_Intersection(gap.geom, band.geom))`)} AS geom
       FROM (SELECT g.code, ST_Difference(g.geom, ST_Union(d.geom)) AS geom
             FROM gov g JOIN district d ON d.governorate = g.code
             WHERE g.code IN ('${QENA_ISO}', '${LUXOR_ISO}') GROUP BY g.code, g.geom) gap,
         (SELECT ST_Transform(ST_Buffer(ST_Transform(ST_Union(geom), ${METRIC}), ${NILE_BAND_M}), 4326) AS geom
          FROM ne_river WHERE name = 'Nile') band`,
  );
}

/**
 * Qena's COD desert still holds the pre-2009 desert west of Luxor and Esna. Within the valley band, what is nearer
 * a Luxor district than a Qena one moves to Luxor before the districts are filled.
 */
async function moveQenaDesertNearLuxor(db: Db): Promise<number> {
  const qenaDesertInBand = `(SELECT ST_Intersection(
      ST_Difference(g.geom, (SELECT ST_Union(geom) FROM district WHERE governorate = '${QENA_ISO}')),
      ST_Transform(ST_Buffer(ST_Transform(
        (SELECT ST_Union(geom) FROM district WHERE governorate IN ('${QENA_ISO}', '${LUXOR_ISO}')),
        ${METRIC}), ${VALLEY_BAND_M}), 4326))
    FROM gov g WHERE g.code = '${QENA_ISO}')`;
  await cutByNearestDistrict(db, [QENA_ISO, LUXOR_ISO], qenaDesertInBand, 'valley_band_cut');
  await exec(
    db,
    `CREATE TABLE moved_to_luxor AS
       SELECT ${AS_MULTIPOLYGON('ST_Union(c.geom)')} AS geom
       FROM valley_band_cut c JOIN district d ON d.code = c.code AND d.governorate = '${LUXOR_ISO}';
     UPDATE gov g SET geom = ${AS_MULTIPOLYGON(
       `CASE WHEN g.code = '${QENA_ISO}' THEN ST_Difference(g.geom, m.geom) ELSE ST_Union(g.geom, m.geom) END`,
     )}
       FROM moved_to_luxor m WHERE g.code IN ('${QENA_ISO}', '${LUXOR_ISO}') AND NOT ST_IsEmpty(m.geom);`,
  );
  const [row] = await rows<{ km2: number }>(db, `SELECT ${KM2('geom')} AS km2 FROM moved_to_luxor`);
  return row?.km2 ?? 0;
}

/** Every governorate: its pieces in no district go to the nearest district. */
async function fillGaps(db: Db): Promise<FillReport['filled']> {
  await exec(
    db,
    `CREATE TABLE district_gap AS
       SELECT g.code AS governorate, ST_Difference(g.geom, ST_Union(d.geom)) AS geom
       FROM gov g JOIN district d ON d.governorate = g.code GROUP BY g.code, g.geom;
     DELETE FROM district_gap WHERE ST_IsEmpty(geom) OR ST_Area(geom::geography) < 1;
     CREATE TABLE district_fill (governorate text, code text, geom geometry);`,
  );
  const gaps = await rows<{ governorate: string }>(db, `SELECT governorate FROM district_gap ORDER BY governorate`);
  for (const { governorate } of gaps) {
    const gap = `(SELECT geom FROM district_gap WHERE governorate = '${governorate}')`;
    await cutByNearestDistrict(db, [governorate], gap, 'gap_cut');
    await exec(db, `INSERT INTO district_fill SELECT $1, code, geom FROM gap_cut`, [governorate]);
    await exec(db, `DROP TABLE gap_cut`);
  }
  await exec(
    db,
    `UPDATE district d SET geom = ${AS_MULTIPOLYGON(`ST_Union(d.geom, f.geom, ${GRID})`)}
     FROM (SELECT code, ST_Union(geom, ${GRID}) AS geom FROM district_fill GROUP BY code) f WHERE f.code = d.code`,
  );
  return rows<{ governorate: string; km2: number; districts: number }>(
    db,
    `SELECT governorate, round(sum(${KM2('geom')})::numeric, 1)::float8 AS km2, count(*)::int AS districts
     FROM district_fill GROUP BY governorate ORDER BY governorate`,
  );
}

/**
 * The official (source) polygon of every district the filling changed, simplified like the drawn lines, keyed by
 * code: what the legend's "not official lines" refers to.
 */
export async function readOfficialDistricts(db: Db, decimals: number): Promise<Map<string, Geometry>> {
  const rounded = `ST_SnapToGrid(ST_SimplifyPreserveTopology(o.geom, 0.0001), ${10 ** -decimals})`;
  const found = await rows<{ code: string; geojson: string }>(
    db,
    `SELECT o.code, ST_AsGeoJSON(${AS_MULTIPOLYGON(rounded)}, $1) AS geojson
     FROM official_district o JOIN district d ON d.code = o.code
     WHERE ST_Area(ST_SymDifference(o.geom, d.geom)::geography) > 1e4
     ORDER BY o.code`,
    [decimals],
  );
  return new Map(found.map((r) => [r.code, geometrySchema.parse(JSON.parse(r.geojson))]));
}

/** How many of the listed places (table `place`) lie in no official district polygon: the places the filling placed. */
export async function countPlacesOutsideOfficial(db: Db, osmIds: readonly number[]): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    `SELECT count(*)::int AS n FROM place p
     WHERE p.osm_id = ANY($1::bigint[])
       AND NOT EXISTS (SELECT 1 FROM official_district o WHERE ST_Covers(o.geom, p.geom))`,
    [osmIds],
  );
  return row?.n ?? 0;
}
