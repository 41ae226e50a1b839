// Figures per cell (district, governorate, kind, status, cooperation) for /api/stats and coverage: counts, members,
// resource quantities, sectors, and cooperating associations per partner and donor country. Writes only mark the
// districts or associations they touch (stats_dirty, statement-level triggers, one insert per statement and never
// an update, so writers never wait for each other); the next read recomputes those districts from the registry itself
// (stats-cells.queries.ts). Whole Egypt at a million associations is then summed from a few thousand cells
// instead of aggregated from every association, its resources and programmes (4 s measured).
import type { Knex } from 'knex';

/** What of an association the cells hold; a change of anything else (names, contacts) marks nothing. */
const TRACKED =
  'id, district_code, governorate_code, kind, status, intl_coop, members, facets, deleted_at IS NULL AS live';

/** A changed association marks its district before and after. */
const MARK_ASSOCIATIONS = `
CREATE FUNCTION stats_mark_associations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    -- DELETE, not TRUNCATE: a refresher holding these tables while it waits to read associations would deadlock.
    DELETE FROM stats_cells;
    DELETE FROM stats_dirty;
  ELSIF TG_OP = 'INSERT' THEN
    INSERT INTO stats_dirty (district_code) SELECT DISTINCT n.district_code FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO stats_dirty (district_code) SELECT DISTINCT o.district_code FROM old_rows o;
  ELSE
    -- The versions that changed, old and new, as set differences: a join of the transition tables would be planned
    -- once, as a nested loop, for the row counts of the first statement of the session (15,000 × 15,000 rows: 28 s).
    INSERT INTO stats_dirty (district_code)
    SELECT DISTINCT changed.district_code
      FROM ((SELECT ${TRACKED} FROM old_rows EXCEPT SELECT ${TRACKED} FROM new_rows)
            UNION ALL
            (SELECT ${TRACKED} FROM new_rows EXCEPT SELECT ${TRACKED} FROM old_rows)) AS changed;
  END IF;
  RETURN NULL;
END
$$`;

/**
 * A changed resource or programme marks its association, not the association's district: the district is read by
 * the refresher, in a snapshot that holds this write. Read here, it could be one a concurrent move is leaving: the
 * move's refresh would not see this write yet, and this mark would name the old district only.
 */
const MARK_DETAILS = `
CREATE FUNCTION stats_mark_details() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    INSERT INTO stats_dirty (district_code) SELECT DISTINCT district_code FROM associations;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO stats_dirty (association_id) SELECT DISTINCT n.association_id FROM new_rows n;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    INSERT INTO stats_dirty (association_id) SELECT DISTINCT o.association_id FROM old_rows o;
  END IF;
  RETURN NULL;
END
$$`;

const EVENTS = [
  ['INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['DELETE', 'REFERENCING OLD TABLE AS old_rows'],
  ['TRUNCATE', ''],
] as const;

const MARKED_TABLES = [
  ['associations', 'stats_mark_associations'],
  ['association_resources', 'stats_mark_details'],
  ['intl_programmes', 'stats_mark_details'],
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE stats_cells (
      district_code text NOT NULL,
      governorate_code text NOT NULL,
      kind text NOT NULL,
      status text NOT NULL,
      intl_coop boolean NOT NULL,
      associations int NOT NULL,
      members bigint NOT NULL,
      resources jsonb NOT NULL,
      sectors jsonb NOT NULL,
      partners jsonb NOT NULL,
      donor_countries jsonb NOT NULL,
      PRIMARY KEY (district_code, governorate_code, kind, status, intl_coop))`);
  // A district (an association's own write) or an association (a write to its resources or programmes).
  await knex.raw(`CREATE TABLE stats_dirty (id bigserial PRIMARY KEY, district_code text, association_id int,
                                            CHECK ((district_code IS NULL) <> (association_id IS NULL)))`);
  // The cells under the name and columns of `associations AS a` that applyAssociationFilters reads, so the filters
  // they can answer (governorate, district, kind, status, intlCoop) apply to them unchanged.
  await knex.raw(
    'CREATE VIEW stats_cells_filterable AS SELECT c.*, NULL::timestamptz AS deleted_at FROM stats_cells c',
  );
  await knex.raw(MARK_ASSOCIATIONS);
  await knex.raw(MARK_DETAILS);
  for (const [table, mark] of MARKED_TABLES) {
    for (const [event, transitions] of EVENTS) {
      await knex.raw(`CREATE TRIGGER ${table}_stats_${event.toLowerCase()} AFTER ${event} ON ${table}
                      ${transitions} FOR EACH STATEMENT EXECUTE FUNCTION ${mark}()`);
    }
  }
  // Every district with associations is computed at the first read.
  await knex.raw('INSERT INTO stats_dirty (district_code) SELECT DISTINCT district_code FROM associations');
}

export async function down(knex: Knex): Promise<void> {
  for (const [table] of MARKED_TABLES) {
    for (const [event] of EVENTS) await knex.raw(`DROP TRIGGER ${table}_stats_${event.toLowerCase()} ON ${table}`);
  }
  await knex.raw('DROP FUNCTION stats_mark_associations(), stats_mark_details()');
  await knex.raw('DROP VIEW stats_cells_filterable');
  await knex.raw('DROP TABLE stats_cells, stats_dirty');
}
