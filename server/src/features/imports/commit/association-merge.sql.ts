// SQL that commits an associations import: before-images of the rows it changes, the updates and inserts, the
// sector and resource lists it carries, and the versions it leaves (checked by undo).
// Bindings: `:rows:` (typed rows), `:source:` (source view), `:importId`.
import { prefixOf } from '../../../lib/facets';
import { PRECISION_RANK } from '../validate/rows-helpers.sql';

/**
 * The facets a new association will have once ADD_LISTS writes its lists, spelt and sorted as the facet trigger
 * spells them: given at the insert, the trigger then finds nothing to change, and the grids' triggers run over the
 * new rows once instead of twice (3.5 s of a 7 s commit of 20,000 associations). Were it ever different, the
 * trigger would still set the facets the rows say.
 */
const FACETS_OF_ROW = `ARRAY(
  SELECT f FROM (SELECT '${prefixOf('sector')}' || s FROM unnest(coalesce(r.sectors, '{}')) AS s
                 UNION ALL
                 SELECT '${prefixOf('resource')}' || k FROM jsonb_object_keys(coalesce(r.resources, '{}')) AS k) AS x(f)
   ORDER BY f)`;

/** Rows of `:rows: r` without a report line that change something (every new row does): the rows a commit writes. */
const VALID = `r.changes
  AND NOT EXISTS (SELECT 1 FROM import_errors e WHERE e.import_id = :importId AND e.row_no = r.row_no)`;

/** Row locks on every association the file names, taken before the rows are validated again. */
export const LOCK_NAMED_ASSOCIATIONS = `
SELECT a.id FROM associations a
 WHERE a.registration_no IN (SELECT btrim(v."registrationNo") FROM :source: v)
 ORDER BY a.id FOR UPDATE`;

/** Everything undo needs to put an association back: its row (geometry as EWKB hex) and its lists. */
const ASSOCIATION_IMAGE = `
  to_jsonb(a) - 'search_text' || jsonb_build_object(
    'geom', a.geom::text,
    'sectors', (SELECT coalesce(jsonb_agg(s.sector_code), '[]')
                  FROM association_sectors s WHERE s.association_id = a.id),
    'resources', (SELECT coalesce(jsonb_object_agg(x.resource_code, x.quantity), '{}')
                    FROM association_resources x WHERE x.association_id = a.id),
    'programmes', (SELECT coalesce(jsonb_agg(to_jsonb(p) ORDER BY p.id), '[]')
                     FROM intl_programmes p WHERE p.association_id = a.id))`;

export const SAVE_BEFORE_IMAGES = `
INSERT INTO import_changes (import_id, entity, entity_key, action, before, after)
SELECT :importId, 'association', a.id::text, 'update', ${ASSOCIATION_IMAGE}, '{}'
  FROM :rows: r JOIN associations a ON a.id = r.existing_id
 WHERE r.is_update AND ${VALID}`;

/**
 * An empty cell keeps what is there: an import never erases a value. The version each association is left at is
 * recorded for undo, which refuses once it has moved on.
 */
export const UPDATE_ASSOCIATIONS = `
WITH updated AS (
UPDATE associations a SET
  name_ar = coalesce(r.name_ar, a.name_ar), name_en = coalesce(r.name_en, a.name_en),
  kind = coalesce(r.kind, a.kind), status = coalesce(r.status, a.status), address = coalesce(r.address, a.address),
  members = coalesce(r.members::int, a.members), board_size = coalesce(r.board_size::int, a.board_size),
  staff = coalesce(r.staff::int, a.staff), volunteers = coalesce(r.volunteers::int, a.volunteers),
  annual_budget = coalesce(r.annual_budget, a.annual_budget), founded_on = coalesce(r.founded_on, a.founded_on),
  registered_on = coalesce(r.registered_on, a.registered_on),
  last_verified_on = coalesce(r.last_verified_on, a.last_verified_on),
  contact_person = coalesce(r.contact_person, a.contact_person), phone = coalesce(r.phone, a.phone),
  email = coalesce(r.email, a.email), intl_coop = coalesce(r.intl_coop, a.intl_coop),
  geom = CASE WHEN r.geom IS NULL
                 OR ${PRECISION_RANK('r.location_precision')} < ${PRECISION_RANK('a.location_precision')}
              THEN a.geom ELSE r.geom END,
  location_precision = CASE WHEN r.geom IS NULL
                               OR ${PRECISION_RANK('r.location_precision')} < ${PRECISION_RANK('a.location_precision')}
                            THEN a.location_precision ELSE r.location_precision END,
  updated_at = now()
  FROM :rows: r
 WHERE a.id = r.existing_id AND r.is_update AND ${VALID}
RETURNING a.id, a.version)
UPDATE import_changes c SET after = jsonb_build_object('version', u.version)
  FROM updated u
 WHERE c.import_id = :importId AND c.entity = 'association' AND c.entity_key = u.id::text`;

export const INSERT_ASSOCIATIONS = `
WITH inserted AS (
  INSERT INTO associations (registration_no, name_ar, name_en, kind, status, address, members, board_size, staff,
                            volunteers, annual_budget, founded_on, registered_on, last_verified_on, contact_person,
                            phone, email, geom, location_precision, intl_coop, source, facets)
  SELECT r.registration_no, r.name_ar, r.name_en, r.kind, coalesce(r.status, 'active'), r.address,
         coalesce(r.members::int, 0), r.board_size::int, r.staff::int, r.volunteers::int, r.annual_budget,
         r.founded_on, r.registered_on, r.last_verified_on, r.contact_person, r.phone, r.email, r.geom,
         r.location_precision, coalesce(r.intl_coop, false), 'import', ${FACETS_OF_ROW}
    FROM :rows: r
   WHERE NOT r.is_update AND ${VALID}
   ORDER BY r.row_no
  RETURNING id, version)
INSERT INTO import_changes (import_id, entity, entity_key, action, before, after)
SELECT :importId, 'association', id::text, 'insert', NULL, jsonb_build_object('version', version) FROM inserted`;

/** Associations whose sector or resource list the file carries (an empty cell leaves a list as it is). */
const GIVEN_LISTS = `
  SELECT a.id, r.sectors, r.resources FROM :rows: r JOIN associations a ON a.registration_no = r.registration_no
   WHERE (r.sectors IS NOT NULL OR r.resources IS NOT NULL) AND ${VALID}`;

/** Lists are replaced in two statements: one command's deletions and insertions may not meet on one key. */
export const CLEAR_LISTS = `
WITH given AS (${GIVEN_LISTS}),
cleared_sectors AS (
  DELETE FROM association_sectors s USING given g WHERE g.sectors IS NOT NULL AND s.association_id = g.id)
DELETE FROM association_resources x USING given g WHERE g.resources IS NOT NULL AND x.association_id = g.id`;

export const ADD_LISTS = `
WITH given AS (${GIVEN_LISTS}),
added_sectors AS (
  INSERT INTO association_sectors (association_id, sector_code)
  SELECT g.id, unnest(g.sectors) FROM given g WHERE g.sectors IS NOT NULL)
INSERT INTO association_resources (association_id, resource_code, quantity)
SELECT g.id, q.key, q.value::int FROM given g, jsonb_each_text(g.resources) q WHERE g.resources IS NOT NULL`;

/** Rows naming a partner or a donor, with the association they are now. */
const GIVEN_PROGRAMMES = `
  SELECT a.id, coalesce(r.partner, r.donor) AS partner, r.donor, coalesce(r.programme, r.partner, r.donor) AS name
    FROM :rows: r JOIN associations a ON a.registration_no = r.registration_no
   WHERE coalesce(r.partner, r.donor) IS NOT NULL AND ${VALID}`;

/**
 * The association's programme with that partner (matched without regard to case or Arabic spelling) is brought up
 * to date, or created as active; the intl_coop triggers then mark the association as cooperating.
 */
export const UPDATE_PROGRAMMES = `
WITH given AS (${GIVEN_PROGRAMMES})
UPDATE intl_programmes p
   SET donor_country = coalesce(g.donor, p.donor_country), name = coalesce(g.name, p.name), status = 'active'
  FROM given g
 WHERE p.association_id = g.id AND normalize_ar(p.partner) = normalize_ar(g.partner)`;

export const INSERT_PROGRAMMES = `
WITH given AS (${GIVEN_PROGRAMMES})
INSERT INTO intl_programmes (association_id, partner, donor_country, name, status)
SELECT g.id, g.partner, g.donor, g.name, 'active' FROM given g
 WHERE NOT EXISTS (SELECT 1 FROM intl_programmes p
                    WHERE p.association_id = g.id AND normalize_ar(p.partner) = normalize_ar(g.partner))`;

/**
 * The versions the import leaves, read once every write (the programmes' triggers too) is done: undo checks them.
 * Only those a later statement moved on are written again (most were recorded as they were written).
 */
export const RECORD_VERSIONS = `
UPDATE import_changes c SET after = jsonb_build_object('version', a.version)
  FROM associations a
 WHERE c.import_id = :importId AND c.entity = 'association' AND a.id = c.entity_key::int
   AND (c.after->>'version')::int IS DISTINCT FROM a.version`;
