// vocabulary_key and place_key call other functions of ours by schema-qualified name. pg_restore runs with an empty
// search_path, so the index on place_key(villages.name_ar) could not be rebuilt from a backup ("function
// vocabulary_key(text) does not exist"): every backup of the registry failed to restore. Qualified, the bodies still
// inline into the index expression and the queries alike; their results are unchanged, so the index stays valid.
import type { Knex } from 'knex';

const vocabularyKey = (qualify: string) => `
CREATE OR REPLACE FUNCTION vocabulary_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(' ' || ${qualify}normalize_ar(input), ' (ال|وال)', ' ', 'g'))
$$`;

const placeKey = (qualify: string) => `
CREATE OR REPLACE FUNCTION place_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(${qualify}vocabulary_key(input), '^(محافظه|مركز|قسم|بندر|مدينه|قريه|ناحيه|حي) ', ''))
$$`;

/** The schema the earlier migrations created the functions in (the first on the search path), quoted. */
async function ownSchema(knex: Knex): Promise<string> {
  const result = await knex.raw<{ rows: { schema: string }[] }>('SELECT quote_ident(current_schema()) AS schema');
  return `${result.rows[0]?.schema ?? 'public'}.`;
}

export async function up(knex: Knex): Promise<void> {
  const qualify = await ownSchema(knex);
  await knex.raw(vocabularyKey(qualify));
  await knex.raw(placeKey(qualify));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(vocabularyKey(''));
  await knex.raw(placeKey(''));
}
