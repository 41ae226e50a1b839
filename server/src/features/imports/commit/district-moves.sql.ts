// SQL that keeps associations and villages in the right district after an import changed districts: what would
// move (into a temporary table), who would fall outside every district, the moves themselves and their audit.
// Bindings: `:importId`, and for the audit `:actorId`, `:actorEmail`, `:action`.

/** Districts the import wrote (their new shape, or their emptied one while an undo removes them). */
const CHANGED = `SELECT x.code, x.geom FROM import_changes c JOIN districts x ON x.code = c.entity_key
                  WHERE c.import_id = :importId AND c.entity = 'district'`;

/** Where a point (`<alias>.geom`) lies now: the same choice the locate_in_district trigger makes. */
const PLACE_OF = (alias: string) => `LEFT JOIN LATERAL (
  SELECT d.code, d.governorate_code FROM districts d
   WHERE ST_Intersects(d.geom, ${alias}.geom) ORDER BY d.code LIMIT 1) p ON true`;

export const FIND_ASSOCIATION_MOVES = `
CREATE TEMP TABLE import_moves ON COMMIT DROP AS
WITH changed AS MATERIALIZED (${CHANGED})
SELECT a.id, a.registration_no, a.district_code AS old_district, a.governorate_code AS old_governorate,
       p.code AS new_district, p.governorate_code AS new_governorate
  FROM associations a ${PLACE_OF('a')}
 WHERE a.deleted_at IS NULL
   AND (a.district_code IN (SELECT code FROM changed)
        OR EXISTS (SELECT 1 FROM changed d WHERE ST_Intersects(d.geom, a.geom)))
   AND p.code IS DISTINCT FROM a.district_code`;

export const STRANDED_ASSOCIATIONS = `
SELECT id, registration_no AS "registrationNo" FROM import_moves WHERE new_district IS NULL ORDER BY id LIMIT 20`;

export const MOVE_ASSOCIATIONS = `
UPDATE associations a SET district_code = m.new_district, governorate_code = m.new_governorate
  FROM import_moves m WHERE a.id = m.id`;

export const AUDIT_ASSOCIATION_MOVES = `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', m.id, :importId,
       jsonb_build_object('governorate', jsonb_build_object('code', m.old_governorate),
                          'district', jsonb_build_object('code', m.old_district)),
       jsonb_build_object('governorate', jsonb_build_object('code', m.new_governorate),
                          'district', jsonb_build_object('code', m.new_district))
  FROM import_moves m ORDER BY m.id`;

/** Villages may lie outside every district (their codes are then NULL). */
export const MOVE_VILLAGES = `
WITH changed AS MATERIALIZED (${CHANGED})
UPDATE villages v SET district_code = p.code, governorate_code = p.governorate_code
  FROM villages w ${PLACE_OF('w')}
 WHERE v.id = w.id
   AND (w.district_code IN (SELECT code FROM changed)
        OR EXISTS (SELECT 1 FROM changed d WHERE ST_Intersects(d.geom, w.geom)))
   AND p.code IS DISTINCT FROM w.district_code`;
