// A spatial index over the active associations working under international cooperation (about one in seven):
// the partner finder's "nearest cooperating ones" walks it instead of every association in the radius.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX associations_cooperating_geom_gist ON associations USING gist (geom)
                   WHERE intl_coop AND status = 'active' AND deleted_at IS NULL`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX associations_cooperating_geom_gist');
}
