// Simplifies all governorate and district polygons together on a PostGIS topology, so neighbours keep one shared
// border (no new gaps or overlaps), then snaps them to the output precision and checks they are valid.
import { geometrySchema } from './geojson-schema';
import { exec, rows, type Db } from './postgis';
import type { Geometry } from './types';

export interface SimplifyReport {
  edges: number;
  vertices: { before: number; after: number };
  /** Edges that could not be simplified at any tolerance without crossing another edge (kept as they were). */
  unsimplifiedEdges: number;
  /** Polygons that needed the coarser topology tolerance to be added. */
  coarserSnap: string[];
}

const TOPOLOGY = 'geodata_topo';
/** Distances within which vertices are merged when a polygon is added to the topology (~10 cm, then ~1 m). */
const TOPOLOGY_TOLERANCES = [1e-6, 1e-5] as const;

const SIMPLIFY_EDGES = `
  CREATE FUNCTION simplify_edges(tolerances float8[]) RETURNS int LANGUAGE plpgsql AS $$
  DECLARE e record; t float8; failed int := 0; done boolean;
  BEGIN
    FOR e IN SELECT edge_id, geom FROM ${TOPOLOGY}.edge_data ORDER BY edge_id LOOP
      done := false;
      FOREACH t IN ARRAY tolerances LOOP
        BEGIN
          PERFORM topology.ST_ChangeEdgeGeom('${TOPOLOGY}', e.edge_id, ST_SimplifyPreserveTopology(e.geom, t));
          done := true;
          EXIT;
        EXCEPTION WHEN OTHERS THEN
          -- the simplified edge would cross or touch another edge: try a smaller tolerance
        END;
      END LOOP;
      IF NOT done THEN failed := failed + 1; END IF;
    END LOOP;
    RETURN failed;
  END $$;`;

/**
 * Adds one polygon to the topology. PostGIS 3.3's topology builder occasionally rejects a polygon whose border
 * runs a hair's breadth from an existing edge ("geometry crosses edge"); a larger snapping tolerance then fixes it.
 */
async function addToTopology(db: Db, layerId: number, layer: string, code: string): Promise<number> {
  for (const [i, tolerance] of TOPOLOGY_TOLERANCES.entries()) {
    try {
      await exec(db, `UPDATE shape SET tg = topology.toTopoGeom(geom, '${TOPOLOGY}', $1, $2) WHERE layer = $3 AND code = $4`, [
        layerId,
        tolerance,
        layer,
        code,
      ]);
      return tolerance;
    } catch (error) {
      // The failed statement ran in its own transaction and left the topology untouched.
      if (i === TOPOLOGY_TOLERANCES.length - 1) throw error;
    }
  }
  throw new Error('geometry-simplify: no topology tolerance');
}

export async function simplifyTogether(db: Db, tolerances: readonly number[], decimals: number): Promise<SimplifyReport> {
  await exec(
    db,
    `CREATE TABLE shape AS
       SELECT * FROM (
         SELECT 'governorate'::text AS layer, code, code AS governorate, geom FROM gov
         UNION ALL SELECT 'district', code, governorate, geom FROM district) x
       ORDER BY layer DESC, code;
     -- Inputs on the output grid, coarser than the topology tolerance, keep the topology builder robust.
     UPDATE shape SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SnapToGrid(geom, ${10 ** -decimals})), 3));
     SELECT topology.CreateTopology('${TOPOLOGY}', 4326, ${TOPOLOGY_TOLERANCES[0]});
     ${SIMPLIFY_EDGES}`,
  );
  const [layer] = await rows<{ id: number }>(
    db,
    `SELECT topology.AddTopoGeometryColumn('${TOPOLOGY}', 'public', 'shape', 'tg', 'POLYGON') AS id`,
  );
  // One polygon at a time in a fixed order (governorates first, so district borders snap onto governorate edges):
  // edge ids and ring start points, hence the simplified output, then do not depend on the table's physical order.
  const order = await rows<{ layer: string; code: string }>(db, `SELECT layer, code FROM shape ORDER BY layer DESC, code`);
  const coarserSnap: string[] = [];
  for (const { layer: which, code } of order) {
    const tolerance = await addToTopology(db, layer?.id ?? 0, which, code);
    if (tolerance !== TOPOLOGY_TOLERANCES[0]) coarserSnap.push(code);
  }
  const [before] = await rows<{ edges: number; vertices: number }>(
    db,
    `SELECT count(*)::int AS edges, sum(ST_NPoints(geom))::int AS vertices FROM ${TOPOLOGY}.edge_data`,
  );
  const [failed] = await rows<{ n: number }>(db, `SELECT simplify_edges($1::float8[]) AS n`, [tolerances]);
  const [after] = await rows<{ vertices: number }>(
    db,
    `SELECT sum(ST_NPoints(geom))::int AS vertices FROM ${TOPOLOGY}.edge_data`,
  );
  await snapToOutput(db, decimals);
  return {
    edges: before?.edges ?? 0,
    vertices: { before: before?.vertices ?? 0, after: after?.vertices ?? 0 },
    unsimplifiedEdges: failed?.n ?? 0,
    coarserSnap,
  };
}

/**
 * Table `final` holds exactly what is written: snapped to the output grid, valid, MultiPolygon, exterior rings
 * counter-clockwise (RFC 7946), and round-tripped through GeoJSON text with `decimals` digits.
 */
async function snapToOutput(db: Db, decimals: number): Promise<void> {
  const grid = 10 ** -decimals;
  const fix = (expr: string): string =>
    `ST_SetSRID(ST_GeomFromGeoJSON(ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Normalize(ST_Multi(ST_CollectionExtract(
       ST_MakeValid(ST_SnapToGrid(${expr}, ${grid})), 3)))), ${decimals})), 4326)`;
  await exec(db, `CREATE TABLE final AS SELECT layer, code, governorate, ${fix('tg::geometry')} AS geom FROM shape`);
  for (let attempt = 0; attempt < 5; attempt++) {
    const [invalid] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM final WHERE NOT ST_IsValid(geom)`);
    if (invalid?.n === 0) break;
    await exec(db, `UPDATE final SET geom = ${fix('geom')} WHERE NOT ST_IsValid(geom)`);
  }
  const problems = await rows<{ code: string }>(
    db,
    `SELECT code FROM final WHERE NOT ST_IsValid(geom) OR ST_IsEmpty(geom) OR GeometryType(geom) <> 'MULTIPOLYGON'`,
  );
  if (problems.length > 0) throw new Error(`geometry-simplify: invalid output for ${problems.map((p) => p.code).join(', ')}`);
  await exec(db, `CREATE INDEX ON final USING gist (geom); ANALYZE final;`);
}

/** The written geometry of every code in one layer, as parsed GeoJSON. */
export async function readFinalGeometries(
  db: Db,
  layer: 'governorate' | 'district',
  decimals: number,
): Promise<Map<string, Geometry>> {
  const found = await rows<{ code: string; geojson: string }>(
    db,
    `SELECT code, ST_AsGeoJSON(geom, $2) AS geojson FROM final WHERE layer = $1`,
    [layer, decimals],
  );
  return new Map(found.map((r) => [r.code, geometrySchema.parse(JSON.parse(r.geojson))]));
}
