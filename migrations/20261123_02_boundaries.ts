// Governorates, districts (markaz / kism) and villages, each with a GIST index on its geometry.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('governorates', (table) => {
    table.text('code').primary(); // ISO 3166-2, e.g. EG-KN
    table.text('hasc').unique();
    table.text('name_ar').notNullable();
    table.text('name_en').notNullable();
    table.integer('population').checkPositive();
    table.smallint('population_year');
    table.decimal('area_km2', 10, 1);
    table.specificType('geom', 'geometry(MultiPolygon, 4326)').notNullable();
    table.index('geom', 'governorates_geom_gist', 'gist');
  });
  await knex.schema.createTable('districts', (table) => {
    table.text('code').primary(); // HASC, e.g. EG.QN.QS
    table.text('governorate_code').notNullable().references('governorates.code').onUpdate('CASCADE');
    table.text('name_ar').notNullable();
    table.text('name_en').notNullable();
    table.text('kind').checkIn(['markaz', 'kism', 'city']);
    table.integer('population').checkPositive();
    table.smallint('population_year');
    table.specificType('geom', 'geometry(MultiPolygon, 4326)').notNullable();
    table.index('geom', 'districts_geom_gist', 'gist');
    table.index('governorate_code');
  });
  await knex.schema.createTable('villages', (table) => {
    table.increments('id');
    table.bigInteger('osm_id').unique();
    table.text('name_ar');
    table.text('name_en');
    table.text('place_type').notNullable().defaultTo('village');
    table.integer('population').checkPositive();
    table.text('governorate_code').references('governorates.code').onUpdate('CASCADE');
    table.text('district_code').references('districts.code').onUpdate('CASCADE');
    table.specificType('geom', 'geometry(Point, 4326)').notNullable();
    table.index('geom', 'villages_geom_gist', 'gist');
    table.index('district_code');
  });
  await knex.raw(
    'ALTER TABLE villages ADD CONSTRAINT villages_named CHECK (name_ar IS NOT NULL OR name_en IS NOT NULL)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('villages');
  await knex.schema.dropTable('districts');
  await knex.schema.dropTable('governorates');
}
