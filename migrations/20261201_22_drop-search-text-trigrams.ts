// The trigram index over whole search texts is no longer read (words are matched through search_words and the
// index on the words of each text): dropped, so every write to associations stops paying for it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX associations_search_trgm');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX associations_search_trgm ON associations USING gin (search_text gin_trgm_ops)');
}
