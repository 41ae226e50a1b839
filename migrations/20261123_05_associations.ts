// Associations: one row per registered association, located by a point that fixes its district.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('associations', (table) => {
    table.increments('id');
    table.text('registration_no').notNullable().unique();
    table.text('name_ar').notNullable();
    table.text('name_en');
    table.text('kind').notNullable().checkIn(['civil', 'central']);
    table.text('status').notNullable().defaultTo('active').checkIn(['active', 'suspended', 'dissolved']);
    table.specificType('geom', 'geometry(Point, 4326)').notNullable();
    table.text('address');
    // Derived from geom by the locate_in_district trigger; never written by the application.
    table.text('governorate_code').notNullable().references('governorates.code').onUpdate('CASCADE');
    table.text('district_code').notNullable().references('districts.code').onUpdate('CASCADE');
    table.integer('members').notNullable().defaultTo(0);
    table.integer('board_size');
    table.integer('staff');
    table.integer('volunteers');
    table.decimal('annual_budget', 14, 2);
    table.date('founded_on');
    table.date('registered_on');
    table.date('last_verified_on');
    // Sensitive: never shown to the public role.
    table.text('contact_person');
    table.text('phone');
    table.text('email');
    // Kept true by triggers on intl_programmes: at least one active programme.
    table.boolean('intl_coop').notNullable().defaultTo(false);
    table.text('source').notNullable().defaultTo('registry').checkIn(['registry', 'demo', 'synthetic', 'import']);
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index('geom', 'associations_geom_gist', 'gist');
    table.index(['district_code']);
    table.index(['governorate_code']);
    table.index(['members']);
  });
  await knex.raw(`
    ALTER TABLE associations
      ADD CONSTRAINT associations_counts_not_negative CHECK (
        members >= 0 AND coalesce(board_size, 0) >= 0 AND coalesce(staff, 0) >= 0
        AND coalesce(volunteers, 0) >= 0 AND coalesce(annual_budget, 0) >= 0),
      ADD CONSTRAINT associations_registration_no_not_blank CHECK (btrim(registration_no) <> ''),
      ADD CONSTRAINT associations_name_ar_not_blank CHECK (btrim(name_ar) <> '')`);
  await knex.raw(`CREATE TRIGGER associations_locate BEFORE INSERT OR UPDATE ON associations
                  FOR EACH ROW EXECUTE FUNCTION locate_in_district('required')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('associations');
}
