// Social units (الوحدات الاجتماعية): government units in villages, in use or unused.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('social_units', (table) => {
    table.increments('id');
    table.text('name_ar').notNullable();
    table.text('name_en');
    table.text('status').notNullable().checkIn(['in_use', 'unused']);
    table.integer('village_id').references('villages.id').onDelete('SET NULL');
    table.text('governorate_code').references('governorates.code').onUpdate('CASCADE');
    table.text('district_code').references('districts.code').onUpdate('CASCADE');
    table.text('source').notNullable().defaultTo('registry').checkIn(['registry', 'demo', 'import']);
    table.specificType('geom', 'geometry(Point, 4326)').notNullable();
    table.index('geom', 'social_units_geom_gist', 'gist');
  });
  await knex.raw(`CREATE TRIGGER social_units_locate BEFORE INSERT OR UPDATE ON social_units
                  FOR EACH ROW EXECUTE FUNCTION locate_in_district('optional')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('social_units');
}
