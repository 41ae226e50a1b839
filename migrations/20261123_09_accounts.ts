// Accounts, sessions shared by every server process, and login attempts for throttling.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (table) => {
    table.increments('id');
    table.text('email').notNullable();
    table.text('name');
    table.text('password_hash').notNullable();
    table.text('role').notNullable().checkIn(['coordinator', 'official', 'gis', 'admin']);
    // Governorates an official or the GIS unit works in (ISO codes); empty for admins.
    table.specificType('governorates', 'text[]').notNullable().defaultTo('{}');
    // The one association a coordinator edits.
    table.integer('association_id').references('associations.id').onDelete('SET NULL');
    table.boolean('disabled').notNullable().defaultTo(false);
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('last_login_at', { useTz: true });
  });
  await knex.raw('CREATE UNIQUE INDEX users_email_unique ON users (lower(email))');

  await knex.schema.createTable('sessions', (table) => {
    table.text('token_hash').primary(); // sha256 of the cookie's token; the token itself is never stored
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.text('csrf_token').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp('expires_at', { useTz: true }).notNullable();
    table.index(['expires_at']);
    table.index(['user_id']);
  });

  await knex.schema.createTable('login_attempts', (table) => {
    table.bigIncrements('id');
    table.text('email').notNullable();
    table.text('address').notNullable();
    table.boolean('succeeded').notNullable();
    table.timestamp('attempted_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index(['email', 'attempted_at']);
    table.index(['address', 'attempted_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_attempts');
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('users');
}
