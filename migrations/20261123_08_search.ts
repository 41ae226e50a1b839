// Arabic-aware search: one immutable normalisation used for the stored search text and for every query.
import type { Knex } from 'knex';

/**
 * Strips tashkeel (U+064B–U+065F, U+0670) and tatweel (U+0640); unifies alef forms (أ إ آ ٱ → ا),
 * alef maqsura and Persian ya (ى ی → ي), ta marbuta (ة → ه); reads Arabic-Indic and Persian digits
 * as Latin; lower-cases Latin letters and folds runs of white space.
 */
const NORMALIZE_AR = `
CREATE FUNCTION normalize_ar(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(translate(
           regexp_replace(input, '[\\u064B-\\u065F\\u0670\\u0640]', '', 'g'),
           'أإآٱىیة٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
           'ااااييه01234567890123456789')), '\\s+', ' ', 'g'))
$$`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(NORMALIZE_AR);
  await knex.raw(`ALTER TABLE associations ADD COLUMN search_text text GENERATED ALWAYS AS (
      normalize_ar(name_ar || ' ' || coalesce(name_en, '') || ' ' || registration_no || ' ' || coalesce(address, ''))
    ) STORED`);
  await knex.raw('CREATE INDEX associations_search_trgm ON associations USING gin (search_text gin_trgm_ops)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE associations DROP COLUMN search_text');
  await knex.raw('DROP FUNCTION normalize_ar(text)');
}
