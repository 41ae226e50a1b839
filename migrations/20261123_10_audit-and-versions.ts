// Every change is audited (who, when, before, after); associations carry a version for optimistic
// concurrency and a deletion time for soft deletes.
import type { Knex } from 'knex';

/** Bumps the version on every update so a stale writer can be told apart, whoever wrote. */
const BUMP_VERSION = `
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  RETURN NEW;
END
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('associations', (table) => {
    table.integer('version').notNullable().defaultTo(1);
    table.timestamp('deleted_at', { useTz: true });
  });
  await knex.raw(BUMP_VERSION);
  await knex.raw(`CREATE TRIGGER associations_version BEFORE UPDATE ON associations
                  FOR EACH ROW EXECUTE FUNCTION bump_version()`);

  await knex.schema.createTable('audit_log', (table) => {
    table.bigIncrements('id');
    table.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.integer('actor_id').references('users.id').onDelete('SET NULL');
    table.text('actor_email'); // kept when the user is gone
    table.text('action').notNullable().checkIn(['create', 'update', 'delete', 'import', 'undo']);
    table.text('entity').notNullable();
    table.integer('entity_id');
    table.integer('import_id');
    table.jsonb('before');
    table.jsonb('after');
    table.index(['entity', 'entity_id', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
  await knex.raw('DROP TRIGGER associations_version ON associations');
  await knex.raw('DROP FUNCTION bump_version()');
  await knex.schema.alterTable('associations', (table) => {
    table.dropColumn('deleted_at');
    table.dropColumn('version');
  });
}
