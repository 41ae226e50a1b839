// The partner finder ranks in SQL (RANKED_PARTNERS). One spatial index for its hard needs: the nearest active
// associations are walked with their facets, cooperation and members checked inside the index, so a need met by
// one association in ten (a nursery) or fewer (a nursery and 200 members) reads only the rows that meet it; the
// same index over the cooperating ones replaces their geometry-only index. And the rounding its points use.
import type { Knex } from 'knex';

/**
 * What an association offers as integer keys for intarray's GiST (`@>`): its facets and, when it works under
 * international cooperation, `cooperation:intl`, each as the first 32 bits of its md5 — stable across PostgreSQL
 * versions, unlike hashtext. Keys may collide; the finder still tests the facets themselves.
 */
const PARTNER_KEYS = `
CREATE FUNCTION partner_keys(facets text[], intl_coop boolean) RETURNS int[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT ('x' || left(md5(f), 8))::bit(32)::int
                 FROM unnest(CASE WHEN intl_coop THEN facets || '{cooperation:intl}'::text[] ELSE facets END) AS f)
$$`;

const PARTNER_INDEX_COLUMNS = 'geom, partner_keys(facets, intl_coop) gist__int_ops, members';

/** To one decimal, halves up as people (and Math.round) expect; round(float8) breaks ties to even. Inlined. */
const ROUND_TO_TENTH = `
CREATE FUNCTION round_to_tenth(x float8) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT floor(x * 10 + 0.5) / 10
$$`;

export async function up(knex: Knex): Promise<void> {
  // Both are trusted extensions: a database owner may create them. btree_gist indexes members beside the geometry.
  await knex.raw('CREATE EXTENSION IF NOT EXISTS intarray');
  await knex.raw('CREATE EXTENSION IF NOT EXISTS btree_gist');
  await knex.raw(PARTNER_KEYS);
  await knex.raw(ROUND_TO_TENTH);
  await knex.raw(`CREATE INDEX associations_partner_gist ON associations USING gist (${PARTNER_INDEX_COLUMNS})
                   WHERE status = 'active' AND deleted_at IS NULL`);
  // The same over the one association in seven under international cooperation: asked for, the walk covers
  // those alone (near Qus, health and cooperation: 8 ms → 4 ms for the walk).
  await knex.raw(`CREATE INDEX associations_cooperating_partner_gist
                   ON associations USING gist (${PARTNER_INDEX_COLUMNS})
                   WHERE intl_coop AND status = 'active' AND deleted_at IS NULL`);
  await knex.raw('DROP INDEX associations_cooperating_geom_gist');
  await knex.raw('ANALYZE associations');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`CREATE INDEX associations_cooperating_geom_gist ON associations USING gist (geom)
                   WHERE intl_coop AND status = 'active' AND deleted_at IS NULL`);
  await knex.raw('DROP INDEX associations_cooperating_partner_gist');
  await knex.raw('DROP INDEX associations_partner_gist');
  await knex.raw('DROP FUNCTION partner_keys(text[], boolean)');
  await knex.raw('DROP FUNCTION round_to_tenth(float8)');
}
