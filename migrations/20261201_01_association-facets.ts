// Each association carries its facets — 'sector:<code>' and 'resource:<code>' — as an array kept equal to its
// sector and resource rows by triggers, so the association's own row (and so its triggers' transition tables)
// says what it offers: the facet grid of the tiles is kept from there, hard deletes included.
import type { Knex } from 'knex';

/** Facets per association, sorted; an association with neither sectors nor resources has no row. */
const FACET_LISTS = `
CREATE VIEW association_facet_lists AS
SELECT association_id, array_agg(facet ORDER BY facet) AS facets
  FROM (SELECT association_id, 'sector:' || sector_code AS facet FROM association_sectors
        UNION ALL
        SELECT association_id, 'resource:' || resource_code FROM association_resources) AS f
 GROUP BY association_id`;

/** Statement-level: the associations whose sector or resource rows changed get their facets again. */
const SYNC_FACETS = `
CREATE FUNCTION sync_association_facets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    ids := ARRAY(SELECT id FROM associations WHERE facets <> '{}');
  ELSIF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT DISTINCT association_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    ids := ARRAY(SELECT DISTINCT association_id FROM old_rows);
  ELSE
    ids := ARRAY(SELECT association_id FROM old_rows UNION SELECT association_id FROM new_rows);
  END IF;
  -- An association deleted outright (its rows cascading here) is gone and matches nothing.
  UPDATE associations a
     SET facets = coalesce(f.facets, '{}')
    FROM unnest(ids) AS changed(id)
    LEFT JOIN association_facet_lists f ON f.association_id = changed.id
   WHERE a.id = changed.id AND a.facets IS DISTINCT FROM coalesce(f.facets, '{}');
  RETURN NULL;
END
$$`;

/** The version moves for every change but this one: facets follow the sector and resource rows, already counted. */
const BUMP_VERSION_BUT_FOR_FACETS = `
CREATE OR REPLACE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.facets IS DISTINCT FROM OLD.facets
     AND to_jsonb(NEW) - 'facets' - 'search_text' = to_jsonb(OLD) - 'facets' - 'search_text' THEN
    RETURN NEW;
  END IF;
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  RETURN NEW;
END
$$`;

/** bump_version as 20261123_10 created it, for down: the version moves for every update. */
const BUMP_VERSION_FOR_EVERY_CHANGE = `
CREATE OR REPLACE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  RETURN NEW;
END
$$`;

const DETAIL_TABLES = ['association_sectors', 'association_resources'] as const;
const EVENTS = [
  ['insert', 'REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT'],
  ['update', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT'],
  ['delete', 'REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT'],
  ['truncate', 'FOR EACH STATEMENT'],
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`ALTER TABLE associations ADD COLUMN facets text[] NOT NULL DEFAULT '{}'`);
  await knex.raw(FACET_LISTS);
  await knex.raw(SYNC_FACETS);
  await knex.raw(BUMP_VERSION_BUT_FOR_FACETS);
  for (const table of DETAIL_TABLES) {
    for (const [event, clause] of EVENTS) {
      await knex.raw(`CREATE TRIGGER ${table}_facets_${event} AFTER ${event.toUpperCase()} ON ${table} ${clause}
                      EXECUTE FUNCTION sync_association_facets()`);
    }
  }
  // Filling the new column changes nothing else: no version, grid, search or data-version trigger has work to do.
  await knex.raw('ALTER TABLE associations DISABLE TRIGGER USER');
  await knex.raw(
    `UPDATE associations a SET facets = f.facets FROM association_facet_lists f WHERE f.association_id = a.id`,
  );
  await knex.raw('ALTER TABLE associations ENABLE TRIGGER USER');
  // Filters by sector or resource test the array (\`facets && …\`) instead of a subquery per association.
  await knex.raw('CREATE INDEX associations_facets ON associations USING gin (facets)');
  await knex.raw('ANALYZE associations');
}

export async function down(knex: Knex): Promise<void> {
  for (const table of DETAIL_TABLES) {
    for (const [event] of EVENTS) await knex.raw(`DROP TRIGGER ${table}_facets_${event} ON ${table}`);
  }
  await knex.raw(BUMP_VERSION_FOR_EVERY_CHANGE);
  await knex.raw('DROP FUNCTION sync_association_facets()');
  await knex.raw('DROP VIEW association_facet_lists');
  await knex.raw('DROP INDEX associations_facets');
  await knex.raw('ALTER TABLE associations DROP COLUMN facets');
}
