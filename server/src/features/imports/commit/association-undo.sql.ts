// SQL that undoes an associations import: finds what later edits touched, puts updated associations and their
// lists back from the before-images, and deletes the associations the import created.
// Bindings: `:importId`.

/**
 * Why an association cannot be put back: it changed after the import (its version moved), it was deleted, or
 * — for one the import created — other records now point to it.
 */
export const UNDO_CONFLICTS = `
SELECT c.entity_key::int AS id, coalesce(a.registration_no, c.before->>'registration_no') AS "registrationNo",
       CASE WHEN a.id IS NULL OR a.deleted_at IS NOT NULL THEN 'was deleted after the import'
            ELSE format('was changed after the import (version %s, the import left version %s)',
                        a.version, c.after->>'version') END AS reason
  FROM import_changes c LEFT JOIN associations a ON a.id = c.entity_key::int
 WHERE c.import_id = :importId AND c.entity = 'association'
   AND (a.id IS NULL OR a.deleted_at IS NOT NULL OR a.version <> (c.after->>'version')::int)
UNION ALL
SELECT held.association_id, a.registration_no, held.reason
  FROM import_changes c
  JOIN (SELECT l.to_association_id, format('association %s links to it', l.from_association_id) FROM association_links l
        UNION ALL
        SELECT u.association_id, format('the account %s coordinates it', u.email) FROM users u
       ) AS held(association_id, reason) ON held.association_id = c.entity_key::int
  JOIN associations a ON a.id = held.association_id
 WHERE c.import_id = :importId AND c.entity = 'association' AND c.action = 'insert'
 ORDER BY 1
 LIMIT 100`;

const RESTORED = `
  FROM import_changes c CROSS JOIN LATERAL jsonb_populate_record(NULL::associations, c.before) b
 WHERE c.import_id = :importId AND c.entity = 'association' AND c.action = 'update'`;

/** Every column an import writes, back as it was; the version moves on so stale editors are still caught. */
export const RESTORE_UPDATED = `
UPDATE associations a SET
  name_ar = b.name_ar, name_en = b.name_en, kind = b.kind, status = b.status, address = b.address, members = b.members,
  board_size = b.board_size, staff = b.staff, volunteers = b.volunteers, annual_budget = b.annual_budget,
  founded_on = b.founded_on, registered_on = b.registered_on, last_verified_on = b.last_verified_on,
  contact_person = b.contact_person, phone = b.phone, email = b.email, geom = b.geom,
  location_precision = b.location_precision, updated_at = now()
  ${RESTORED} AND a.id = b.id`;

/** Programmes go back as they were (the intl_coop triggers follow), then the flag itself as it was. */
/** Programmes go back in two statements too: deleted and inserted by one, a kept programme's id would collide. */
export const CLEAR_RESTORED_PROGRAMMES = `
WITH restored AS (SELECT b.id ${RESTORED})
DELETE FROM intl_programmes p USING restored r WHERE p.association_id = r.id`;

export const RESTORE_PROGRAMMES = `
WITH restored AS (SELECT b.id, c.before ${RESTORED})
INSERT INTO intl_programmes
SELECT (jsonb_populate_record(NULL::intl_programmes, item)).*
  FROM restored r, jsonb_array_elements(coalesce(r.before->'programmes', '[]')) AS item`;

export const RESTORE_INTL_COOP = `
UPDATE associations a SET intl_coop = b.intl_coop ${RESTORED} AND a.id = b.id`;

/** The lists go back in two statements: one command's deletions and insertions may not meet on one key. */
export const CLEAR_RESTORED_LISTS = `
WITH restored AS (SELECT b.id ${RESTORED}),
cleared_sectors AS (DELETE FROM association_sectors s USING restored r WHERE s.association_id = r.id)
DELETE FROM association_resources x USING restored r WHERE x.association_id = r.id`;

export const ADD_RESTORED_LISTS = `
WITH restored AS (SELECT b.id, c.before ${RESTORED}),
added_sectors AS (
  INSERT INTO association_sectors (association_id, sector_code)
  SELECT r.id, jsonb_array_elements_text(r.before->'sectors') FROM restored r)
INSERT INTO association_resources (association_id, resource_code, quantity)
SELECT r.id, q.key, q.value::int FROM restored r, jsonb_each_text(r.before->'resources') q`;

/** An association the import created did not exist before it: undo removes it with its lists. */
export const DELETE_INSERTED = `
DELETE FROM associations a USING import_changes c
 WHERE c.import_id = :importId AND c.entity = 'association' AND c.action = 'insert' AND a.id = c.entity_key::int`;
