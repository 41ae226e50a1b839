// The cluster grid grows to zoom 13: at a million associations a z13 tile over central Cairo holds ~16,000
// points (hundreds of ms to encode); from the grid it is at most 256 cells. Points are served from zoom 14.
import type { Knex } from 'knex';
import { createGridApply, rebuildGrid } from './20261125_02_tiles-association-grid';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(createGridApply(13));
  await rebuildGrid(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(createGridApply(12));
  await knex.raw('DELETE FROM association_grid WHERE z = 13');
}
