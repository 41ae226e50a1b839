// Devices that signed in to an account (OWASP's device cookie): their failures are counted apart, so a flood of
// guesses from elsewhere cannot lock a known browser out. The cookie holds a random token; this table its hash.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('login_devices', (table) => {
    table.text('token_hash').primary();
    table.text('email').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index(['last_seen_at']);
  });
  // The device an attempt came from (a login_devices hash), or NULL for a browser not known to that account.
  await knex.schema.alterTable('login_attempts', (table) => {
    table.text('device');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('login_attempts', (table) => {
    table.dropColumn('device');
  });
  await knex.schema.dropTable('login_devices');
}
