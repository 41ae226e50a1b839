// The grid trigger pairs the old and new versions of updated associations by joining its transition tables.
// PL/pgSQL plans that join once per session, for the row counts of the first statement it sees (often one row:
// a nested loop), and keeps the plan: an import then compared 15,000 × 15,000 rows (32 s of a 44 s commit of
// 20,000 associations, and as much again on undo). Without nested loops the join is hashed whatever the first
// statement was; the trigger's other statements have no join the setting could change. A later migration that
// replaces the function (CREATE OR REPLACE) drops the setting and must set it again.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER FUNCTION association_grid_track() SET enable_nestloop = off');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER FUNCTION association_grid_track() RESET enable_nestloop');
}
