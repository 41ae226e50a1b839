// The association data version: a sequence every statement that changes associations or what hangs off them
// bumps, announced on commit with NOTIFY so tile caches drop what they hold right after an edit or an import.
import type { Knex } from 'knex';

/** The tables whose changes can change a tile (filters read sectors, resources and programmes). */
const WATCHED_TABLES = ['associations', 'association_sectors', 'association_resources', 'intl_programmes'];

/**
 * A statement-level trigger: one bump per statement, however many rows. NOTIFY is transactional, so
 * listeners hear of the change only once it is committed and visible; a rolled-back change is never announced.
 */
const BUMP_DATA_VERSION = `
CREATE FUNCTION bump_association_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('association_data_version', nextval('association_data_version')::text);
  RETURN NULL;
END
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE SEQUENCE association_data_version');
  await knex.raw(BUMP_DATA_VERSION);
  for (const table of WATCHED_TABLES) {
    await knex.raw(`CREATE TRIGGER ${table}_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_association_data_version()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of WATCHED_TABLES) await knex.raw(`DROP TRIGGER ${table}_data_version ON ${table}`);
  await knex.raw('DROP FUNCTION bump_association_data_version()');
  await knex.raw('DROP SEQUENCE association_data_version');
}
