// Resources and programmes of a set of associations read from the index alone (the quantity, status and partner
// ride along), so stats, coverage and the partner finder look up a governorate's 30,000 associations instead of
// hashing every row of these tables.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX association_resources_covering
                    ON association_resources (association_id, resource_code) INCLUDE (quantity)`);
  await knex.raw(`CREATE INDEX intl_programmes_covering
                    ON intl_programmes (association_id) INCLUDE (status, partner, donor_country)`);
  await knex.raw('DROP INDEX intl_programmes_association_id_index');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX intl_programmes_association_id_index ON intl_programmes (association_id)');
  await knex.raw('DROP INDEX intl_programmes_covering');
  await knex.raw('DROP INDEX association_resources_covering');
}
