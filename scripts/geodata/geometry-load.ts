// Loads the source polygons the build needs into PostGIS: WOF governorate regions, district polygons, COD shapes.
import type { Catalogue } from './catalogue';
import type { GbShape } from './geoboundaries';
import { exec, rows, type Db } from './postgis';
import type { Geometry } from './types';
import type { WofRecord } from './wof';

/** Valid, SRID 4326, MultiPolygon version of a GeoJSON geometry parameter. */
const CLEAN_POLYGON =
  'ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON($GEOM::text), 4326)), 3))';

function cleanPolygon(param: number): string {
  return CLEAN_POLYGON.replace('$GEOM', `$${param}`);
}

async function insertGeometry(db: Db, sql: string, values: unknown[], geometry: Geometry): Promise<void> {
  if (geometry.type === 'Point') throw new Error(`geometry-load: expected a polygon for ${String(values[0])}`);
  await exec(db, sql, [...values, JSON.stringify(geometry)]);
}

export async function loadSources(db: Db, catalogue: Catalogue, wof: WofRecord[], gbShapes: GbShape[]): Promise<void> {
  const wofById = new Map(wof.map((r) => [r.wofId, r]));
  const wofGeometry = (wofId: number): Geometry => {
    const record = wofById.get(wofId);
    if (!record) throw new Error(`geometry-load: no WOF record ${wofId}`);
    return record.geometry;
  };

  await exec(
    db,
    `CREATE TABLE region (code text PRIMARY KEY, geom geometry(MultiPolygon, 4326) NOT NULL);
     CREATE TABLE gb (shape_id text PRIMARY KEY, name text NOT NULL, geom geometry(MultiPolygon, 4326) NOT NULL);
     CREATE TABLE district (
       code text PRIMARY KEY, governorate text NOT NULL, from_wof boolean NOT NULL,
       geom geometry(MultiPolygon, 4326) NOT NULL);`,
  );
  for (const g of catalogue.governorates) {
    await insertGeometry(
      db,
      `INSERT INTO region VALUES ($1, ${cleanPolygon(2)})`,
      [g.props.code],
      wofGeometry(g.wofId),
    );
  }
  for (const shape of gbShapes) {
    const values = [shape.shapeId, shape.shapeName];
    await insertGeometry(db, `INSERT INTO gb VALUES ($1, $2, ${cleanPolygon(3)})`, values, shape.geometry);
  }
  for (const d of catalogue.districts) {
    const { code, governorate } = d.props;
    if (d.source.kind === 'wof') {
      const sql = `INSERT INTO district VALUES ($1, $2, true, ${cleanPolygon(3)})`;
      await insertGeometry(db, sql, [code, governorate], wofGeometry(d.source.wofId));
    } else {
      await exec(
        db,
        `INSERT INTO district
         SELECT $1, $2, false, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Union(geom ORDER BY shape_id)), 3))
         FROM gb WHERE shape_id = ANY($3)
         HAVING count(*) = cardinality($3::text[])`,
        [code, governorate, d.source.shapeIds],
      );
    }
  }
  const [loaded] = await rows<{ n: number }>(db, 'SELECT count(*)::int AS n FROM district');
  if (loaded?.n !== catalogue.districts.length) throw new Error('geometry-load: some district shapes are missing');
  await exec(db, 'CREATE INDEX ON region USING gist (geom); CREATE INDEX ON district USING gist (geom); ANALYZE;');
}
