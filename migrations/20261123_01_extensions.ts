// PostGIS for geometry and pg_trgm for fuzzy search.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS postgis');
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
}

export async function down(): Promise<void> {
  // Extensions are left in place: other schemas in the same database may use them.
}
