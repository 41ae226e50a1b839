// The offline basemap's own features (land, water, waterways, railways, stations, towns), stored in Web Mercator and
// cut into small parts so a tile reads only what it shows; and each district's official polygon where the filled one
// (nearest markaz in the desert) differs from it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE basemap_features (
      id serial PRIMARY KEY,
      layer text NOT NULL CHECK (layer IN ('land', 'water', 'waterway', 'railway', 'station', 'town')),
      kind text NOT NULL,
      name_ar text,
      name_en text,
      geom geometry(Geometry, 3857) NOT NULL
    );
    CREATE INDEX basemap_features_geom_gist ON basemap_features USING gist (geom);
    COMMENT ON TABLE basemap_features IS
      'Loaded from geodata/basemap.geojson; polygons subdivided to at most 256 vertices.';
    ALTER TABLE districts ADD COLUMN official_geom geometry(MultiPolygon, 4326);
    COMMENT ON COLUMN districts.official_geom IS
      'The source polygon when geom was filled to the nearest markaz (desert, Nile); null when they are the same.';
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE districts DROP COLUMN official_geom; DROP TABLE basemap_features;');
}
