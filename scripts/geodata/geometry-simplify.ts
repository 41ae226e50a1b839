// Simplifies all district polygons together on a PostGIS topology, so neighbours keep one shared border (no new gaps
// or overlaps), builds each governorate as the union of its simplified districts (they tile it), then snaps both to
// the output precision and checks they are valid.
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
      await exec(
        db,
        `UPDATE shape SET tg = topology.toTopoGeom(geom, '${TOPOLOGY}', $1, $2) WHERE layer = $3 AND code = $4`,
        [layerId, tolerance, layer, code],
      );
      return tolerance;
    } catch (error) {
      // The failed statement ran in its own transaction and left the topology untouched.
      if (i === TOPOLOGY_TOLERANCES.length - 1) throw error;
    }
  }
  throw new Error('geometry-simplify: no topology tolerance');
}

export async function simplifyTogether(
  db: Db,
  tolerances: readonly number[],
  decimals: number,
): Promise<SimplifyReport> {
  await exec(
    db,
    `CREATE TABLE shape AS SELECT 'district'::text AS layer, code, governorate, geom FROM district ORDER BY code;
     -- Not snapped to the output grid first: each polygon would move on its own, and a long desert edge shifted by
     -- a metre overlaps its neighbour by hectares. The topology nodes near-coincident edges instead.
     SELECT topology.CreateTopology('${TOPOLOGY}', 4326, ${TOPOLOGY_TOLERANCES[0]});
     ${SIMPLIFY_EDGES}`,
  );
  const [layer] = await rows<{ id: number }>(
    db,
    `SELECT topology.AddTopoGeometryColumn('${TOPOLOGY}', 'public', 'shape', 'tg', 'POLYGON') AS id`,
  );
  // One polygon at a time in a fixed order: edge ids and ring start points, hence the simplified output, then do not
  // depend on the table's physical order.
  const order = await rows<{ layer: string; code: string }>(
    db,
    `SELECT layer, code FROM shape ORDER BY layer DESC, code`,
  );
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
  // Each edge is snapped once, so both districts along it get the same line; where snapping made two edges cross,
  // ST_Node splits them, and the faces the lines enclose tile the map. A face goes to the (smallest) district its
  // inside point lies in: districts cannot overlap, whatever a metre's snapping did to a long desert edge.
  await exec(
    db,
    `CREATE TABLE shape_geom AS SELECT code, governorate, tg::geometry AS geom, ST_Area(geom) AS area FROM shape;
     CREATE INDEX ON shape_geom USING gist (geom);
     CREATE TABLE face AS
       SELECT (ST_Dump(ST_Polygonize(geom))).geom
       FROM (SELECT ST_Node(ST_Collect(line)) AS geom FROM (
               SELECT ST_SnapToGrid(geom, ${grid}) AS line FROM ${TOPOLOGY}.edge_data) snapped
             -- An edge shorter than the grid snaps to nothing (and an empty line crashes ST_Node in PostGIS 3.3).
             WHERE NOT ST_IsEmpty(line)) lines;
     CREATE TABLE final AS
       SELECT 'district'::text AS layer, owner.code, owner.governorate, ${fix('ST_Union(f.geom)')} AS geom
       FROM face f CROSS JOIN LATERAL (
         SELECT s.code, s.governorate FROM shape_geom s
         WHERE ST_Intersects(s.geom, ST_PointOnSurface(f.geom)) ORDER BY s.area LIMIT 1) owner
       GROUP BY owner.code, owner.governorate;`,
  );
  await refixInvalid(db, fix);
  await exec(
    db,
    `INSERT INTO final SELECT 'governorate', governorate, governorate, ${fix('ST_Union(geom)')}
       FROM final GROUP BY governorate`,
  );
  await refixInvalid(db, fix);
  const problems = await rows<{ code: string }>(
    db,
    `SELECT code FROM final WHERE NOT ST_IsValid(geom) OR ST_IsEmpty(geom) OR GeometryType(geom) <> 'MULTIPOLYGON'`,
  );
  if (problems.length > 0)
    throw new Error(`geometry-simplify: invalid output for ${problems.map((p) => p.code).join(', ')}`);
  await exec(db, `CREATE INDEX ON final USING gist (geom); ANALYZE final;`);
}

/** Snapping can make a polygon invalid: snap what MakeValid makes of it again, until it stays valid. */
async function refixInvalid(db: Db, fix: (expr: string) => string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [invalid] = await rows<{ n: number }>(db, `SELECT count(*)::int AS n FROM final WHERE NOT ST_IsValid(geom)`);
    if (invalid?.n === 0) return;
    await exec(db, `UPDATE final SET geom = ${fix('geom')} WHERE NOT ST_IsValid(geom)`);
  }
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
