// The basemap tile in one statement: each layer cut to the tile by PostGIS (ST_AsMVTGeom), simplified to the tile's
// pixel, and the layers' MVT bytes concatenated. Parameters: z, x, y, simplification tolerance in metres.
export const BASEMAP_LAYERS = ['land', 'water', 'waterway', 'railway', 'station', 'place'] as const;

/** Lowest zoom each feature layer is sent at (the style draws labels later still). */
export const BASEMAP_MIN_ZOOM = { railway: 6, station: 11, town: 10, village: 10 } as const;

/** One layer of the tile from rows with a `geom` column in EPSG:3857. */
const layer = (name: string, rowsSql: string): string => `
  (SELECT COALESCE(ST_AsMVT(t, '${name}', 4096, 'geom'), ''::bytea) FROM (
     SELECT * FROM (${rowsSql}) r WHERE r.geom IS NOT NULL) t)`;

/** Basemap features of one layer, simplified to the tile's pixel and cut to the tile. */
const features = (name: string, properties: string, minZoom = 0): string => `
  SELECT ST_AsMVTGeom(ST_Simplify(f.geom, b.tolerance), b.env, 4096, 64, true) AS geom, ${properties}
  FROM basemap_features f, bounds b
  WHERE f.layer = '${name}' AND f.geom && b.env AND b.z >= ${minZoom}`;

/** A named feature's properties. */
const NAMES = 'f.name_ar AS "nameAr", f.name_en AS "nameEn"';

export const BASEMAP_TILE = `
  WITH bounds AS (
    SELECT ST_TileEnvelope(?::int, ?::int, ?::int) AS env, ?::int AS z, ?::float8 AS tolerance)
  SELECT
    ${layer('land', features('land', 'f.kind'))} ||
    ${layer('water', features('water', 'f.kind'))} ||
    ${layer('waterway', features('waterway', `f.kind, ${NAMES}`))} ||
    ${layer('railway', features('railway', 'f.kind', BASEMAP_MIN_ZOOM.railway))} ||
    ${layer('station', features('station', NAMES, BASEMAP_MIN_ZOOM.station))} ||
    ${layer(
      'place',
      `${features('town', `f.kind, ${NAMES}`, BASEMAP_MIN_ZOOM.town)}
       UNION ALL
       SELECT ST_AsMVTGeom(ST_Transform(v.geom, 3857), b.env, 4096, 64, true), v.place_type, v.name_ar, v.name_en
       FROM villages v, bounds b
       WHERE v.geom && ST_Transform(b.env, 4326) AND b.z >= ${BASEMAP_MIN_ZOOM.village}`,
    )} AS tile`;
