// Search at scale: the distinct words of every association's search text (the pg_trgm "table of unique words"),
// kept by triggers, so a typed word is corrected against a small table before any association is read.
import type { Knex } from 'knex';

/** Adds the words of inserted or updated search texts; words no row uses any more are harmless and stay. */
const REMEMBER_SEARCH_WORDS = `
CREATE FUNCTION remember_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w.word FROM changed_rows c CROSS JOIN LATERAL unnest(string_to_array(c.search_text, ' ')) AS w(word)
   WHERE w.word <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE TABLE search_words (word text PRIMARY KEY)');
  await knex.raw(`INSERT INTO search_words (word)
                  SELECT DISTINCT w.word
                    FROM associations a CROSS JOIN LATERAL unnest(string_to_array(a.search_text, ' ')) AS w(word)
                   WHERE w.word <> ''`);
  await knex.raw('CREATE INDEX search_words_trgm ON search_words USING gin (word gin_trgm_ops)');
  await knex.raw(REMEMBER_SEARCH_WORDS);
  for (const event of ['INSERT', 'UPDATE'] as const) {
    await knex.raw(`CREATE TRIGGER associations_search_words_${event.toLowerCase()} AFTER ${event} ON associations
                    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION remember_search_words()`);
  }
  // Which associations hold a word (GIN on the array of words); and prefix matches, for suggestions as you type
  // (the first 200 characters: a query is at most 200, and a btree entry must stay small whatever the address).
  await knex.raw(
    `CREATE INDEX associations_search_words ON associations USING gin (string_to_array(search_text, ' '))`,
  );
  await knex.raw('CREATE INDEX associations_search_prefix ON associations (left(search_text, 200) text_pattern_ops)');
  await knex.raw('ANALYZE search_words, associations');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX associations_search_prefix');
  await knex.raw('DROP INDEX associations_search_words');
  for (const event of ['insert', 'update'] as const)
    await knex.raw(`DROP TRIGGER associations_search_words_${event} ON associations`);
  await knex.raw('DROP FUNCTION remember_search_words()');
  await knex.raw('DROP TABLE search_words');
}
