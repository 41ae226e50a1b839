// Builds today's governorate and district polygons in PostGIS: Qena and Luxor from COD shapes, the rest from WOF,
// trimmed so nothing overlaps the new Qena/Luxor.
import { LUXOR_ISO, QENA_ISO } from './corrections';
import { exec, rows, type Db } from './postgis';

export interface AssemblyReport {
  /** Parts of Qena's COD desert (`Zemam Out`) and the governorate each went to. */
  desertParts: { owner: string; km2: number; borders: string }[];
  /** Pieces of WOF's pre-2009 Qena region outside the new Qena/Luxor (mostly the Nile), and who got them. */
  leftover: { owner: string | null; km2: number }[];
  /** Governorates and districts that lost area to the new Qena/Luxor. */
  clipped: { layer: 'governorate' | 'district'; code: string; removedKm2: number }[];
  /** WOF districts that lie entirely inside the new Qena/Luxor (removed). */
  emptied: string[];
}

export interface AssemblyShapes {
  qenaDesert: readonly string[];
  luxorUnits: readonly string[];
  luxorDesert: readonly string[];
}

const KN = `'${QENA_ISO}'`;
const LX = `'${LUXOR_ISO}'`;
const AS_MULTIPOLYGON = (expr: string): string => `ST_Multi(ST_CollectionExtract(ST_MakeValid(${expr}), 3))`;

const SETUP = `
  CREATE FUNCTION drop_slivers(g geometry, mask geometry, max_m2 float8) RETURNS geometry LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(ST_Multi(ST_Collect(d.geom ORDER BY d.path)), ST_SetSRID('MULTIPOLYGON EMPTY'::geometry, 4326))
    FROM ST_Dump(g) d
    WHERE NOT (ST_Area(d.geom::geography) < max_m2
               AND ST_Area(d.geom::geography) < 0.1 * ST_Area(g::geography)
               AND ST_DWithin(d.geom, mask, 1e-7))
  $$;
  CREATE TABLE gov AS SELECT code, geom::geometry(MultiPolygon, 4326) AS geom FROM region;
  ALTER TABLE gov ADD PRIMARY KEY (code);
  ALTER TABLE gov ADD km2_before float8;
  ALTER TABLE district ADD km2_before float8;
`;

export async function assemble(db: Db, shapes: AssemblyShapes, sliverMaxKm2: number): Promise<AssemblyReport> {
  await exec(db, SETUP);
  const desertParts = await buildQenaAndLuxor(db, shapes);
  const leftover = await assignLeftover(db);
  const trimmed = await clipNeighbours(db, sliverMaxKm2);
  return { desertParts, leftover, ...trimmed };
}

/**
 * Qena = its nine COD markaz + its COD desert; Luxor = WOF's Luxor region + Luxor's COD units and desert + Armant
 * + Esna, minus Qena. A part of Qena's desert whose only inhabited COD neighbours are Luxor units (i.e. desert
 * of Esna/Armant/Luxor only) is clearly Luxor's since 2009 and goes to Luxor.
 */
async function buildQenaAndLuxor(db: Db, shapes: AssemblyShapes): Promise<AssemblyReport['desertParts']> {
  await exec(
    db,
    `CREATE TABLE valley_unit AS
       SELECT governorate, code AS name, geom FROM district WHERE NOT from_wof
       UNION ALL SELECT ${LX}, name || ' (COD)', geom FROM gb WHERE shape_id = ANY($1)`,
    [shapes.luxorUnits],
  );
  await exec(
    db,
    `CREATE TABLE desert_part AS
       SELECT gb.shape_id || '#' || d.path[1] AS name, d.geom, ${KN}::text AS owner, ''::text AS borders
       FROM gb, ST_Dump(gb.geom) d WHERE gb.shape_id = ANY($1)`,
    [shapes.qenaDesert],
  );
  await exec(
    db,
    `UPDATE desert_part p SET
       owner = CASE WHEN n.only_luxor THEN ${LX} ELSE ${KN} END,
       borders = COALESCE(n.names, '')
     FROM desert_part p2
     CROSS JOIN LATERAL (
       SELECT bool_and(u.governorate = ${LX}) AS only_luxor, string_agg(u.name, ', ' ORDER BY u.name) AS names
       FROM valley_unit u WHERE ST_DWithin(u.geom, p2.geom, 1e-4)) n
     WHERE p.ctid = p2.ctid;
     UPDATE gov SET geom = (
       SELECT ${AS_MULTIPOLYGON('ST_Union(geom ORDER BY name)')} FROM (
         SELECT name, geom FROM valley_unit WHERE governorate = ${KN}
         UNION ALL SELECT name, geom FROM desert_part WHERE owner = ${KN}) x)
     WHERE code = ${KN};`,
  );
  await exec(
    db,
    `UPDATE gov SET geom = ${AS_MULTIPOLYGON(
      `ST_Difference(
         ST_Union(gov.geom, (SELECT ST_Union(geom ORDER BY name) FROM (
           SELECT name, geom FROM valley_unit WHERE governorate = ${LX}
           UNION ALL SELECT shape_id, geom FROM gb WHERE shape_id = ANY($1)
           UNION ALL SELECT name, geom FROM desert_part WHERE owner = ${LX}) x)),
         (SELECT geom FROM gov WHERE code = ${KN}))`,
    )} WHERE code = ${LX}`,
    [shapes.luxorDesert],
  );
  return rows<{ owner: string; km2: number; borders: string }>(
    db,
    `SELECT owner, round((ST_Area(geom::geography) / 1e6)::numeric, 1)::float8 AS km2, borders
     FROM desert_part ORDER BY km2 DESC, name`,
  );
}

/**
 * WOF's Qena region predates 2009 and follows other lines than the COD shapes; what it covers outside the new
 * Qena and Luxor (mainly the Nile, which the COD polygons leave out) goes to whichever of the two it shares the
 * longer border with.
 */
async function assignLeftover(db: Db): Promise<AssemblyReport['leftover']> {
  await exec(
    db,
    `CREATE TABLE leftover AS
       SELECT d.path[1] AS part, d.geom, NULL::text AS owner
       FROM region r,
         ST_Dump(ST_Difference(r.geom, (SELECT ST_Union(geom ORDER BY code) FROM gov WHERE code IN (${KN}, ${LX})))) d
       WHERE r.code = ${KN} AND ST_Dimension(d.geom) = 2;
     UPDATE leftover l SET owner = (
       SELECT g.code FROM gov g
       CROSS JOIN LATERAL ST_Length(ST_Intersection(ST_Boundary(l.geom),
           ST_Buffer(ST_ClipByBox2D(g.geom, ST_Expand(l.geom::box2d, 0.01)), 1e-6))::geography) AS shared
       WHERE g.code IN (${KN}, ${LX}) AND shared > 1
       ORDER BY shared DESC LIMIT 1);
     UPDATE gov g SET geom = ${AS_MULTIPOLYGON('ST_Union(g.geom, x.geom)')}
       FROM (SELECT owner, ST_Union(geom ORDER BY part) AS geom FROM leftover WHERE owner IS NOT NULL GROUP BY owner) x
       WHERE x.owner = g.code;`,
  );
  return rows<{ owner: string | null; km2: number }>(
    db,
    `SELECT owner, round((ST_Area(geom::geography) / 1e6)::numeric, 2)::float8 AS km2
     FROM leftover ORDER BY km2 DESC, part`,
  );
}

/**
 * Subtracts the new Qena and Luxor from every other governorate and WOF district (and Armant/Esna + Qena from
 * WOF's Luxor markaz), dropping the slivers such a cut leaves along the mask.
 */
async function clipNeighbours(db: Db, sliverMaxKm2: number): Promise<Pick<AssemblyReport, 'clipped' | 'emptied'>> {
  const maxM2 = String(sliverMaxKm2 * 1e6);
  await exec(
    db,
    `CREATE TABLE mask AS
       SELECT 'qena+luxor'::text AS name, ST_Union(geom ORDER BY code) AS geom FROM gov WHERE code IN (${KN}, ${LX})
       UNION ALL
       SELECT 'qena+moved', ST_Union(geom ORDER BY code) FROM (
         SELECT code, geom FROM gov WHERE code = ${KN} UNION ALL SELECT code, geom FROM district WHERE NOT from_wof) x;
     UPDATE gov SET km2_before = ST_Area(geom::geography) / 1e6;
     UPDATE district SET km2_before = ST_Area(geom::geography) / 1e6;
     UPDATE gov g SET geom = drop_slivers(${AS_MULTIPOLYGON('ST_Difference(g.geom, m.geom)')}, m.geom, ${maxM2})
       FROM mask m
       WHERE m.name = 'qena+luxor' AND g.code NOT IN (${KN}, ${LX}) AND ST_Intersects(g.geom, m.geom);
     UPDATE district d SET geom = drop_slivers(${AS_MULTIPOLYGON('ST_Difference(d.geom, m.geom)')}, m.geom, ${maxM2})
       FROM mask m
       WHERE d.from_wof AND ST_Intersects(d.geom, m.geom)
         AND m.name = CASE WHEN d.governorate = ${LX} THEN 'qena+moved' ELSE 'qena+luxor' END;`,
  );
  const clipped = await rows<{ layer: 'governorate' | 'district'; code: string; removedKm2: number }>(
    db,
    `SELECT layer, code, round((km2_before - ST_Area(geom::geography) / 1e6)::numeric, 2)::float8 AS "removedKm2"
     FROM (SELECT 'governorate' AS layer, code, geom, km2_before FROM gov
           UNION ALL SELECT 'district', code, geom, km2_before FROM district) x
     WHERE km2_before - ST_Area(geom::geography) / 1e6 >= 0.005
     ORDER BY layer DESC, "removedKm2" DESC, code`,
  );
  const emptied = await rows<{ code: string }>(db, `DELETE FROM district WHERE ST_IsEmpty(geom) RETURNING code`);
  return { clipped, emptied: emptied.map((r) => r.code).sort() };
}
