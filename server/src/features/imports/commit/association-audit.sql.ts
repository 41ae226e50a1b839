// The audit trail of an import or an undo: one entry per association it touched, action 'import' or 'undo', each
// with the association's whole profile (PROFILES_OF, gathered once for every association of the import).
// Bindings: `:importId`, `:actorId`, `:actorEmail`, `:action`.
import { PROFILES_OF } from '../../associations/association-profile.sql';

/** The import's associations, or those of one `action` ('insert' or 'update'), as a sub-query of ids. */
const CHANGED = (action?: 'insert' | 'update') => `
  (SELECT c.entity_key::int FROM import_changes c
    WHERE c.import_id = :importId AND c.entity = 'association'${action ? ` AND c.action = '${action}'` : ''})`;

/** The profiles of the associations `CHANGED(action)` names, joined on `c.entity_key` (NULL for one that is gone). */
const PROFILES_JOINED = (action?: 'insert' | 'update') => `
  LEFT JOIN (${PROFILES_OF(CHANGED(action))}) profiles ON profiles.id = c.entity_key::int`;

/**
 * One audit entry per association (the same rows recordAudit writes, in one statement): `before` is written
 * before the change for every association recorded so far, `after` once it is made (NULL for one that is gone).
 */
export const AUDIT_BEFORE = `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', c.entity_key::int, :importId, profiles.profile::jsonb, NULL
  FROM import_changes c
  ${PROFILES_JOINED()}
 WHERE c.import_id = :importId AND c.entity = 'association'
 ORDER BY c.entity_key::int`;

/** New associations had no `before`; their `after` is known at once. */
export const AUDIT_INSERTED = `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', c.entity_key::int, :importId, NULL, profiles.profile::jsonb
  FROM import_changes c
  ${PROFILES_JOINED('insert')}
 WHERE c.import_id = :importId AND c.entity = 'association' AND c.action = 'insert'
 ORDER BY c.entity_key::int`;

/**
 * Only associations that were there before and still are: a new one has its `after`, a removed one has none.
 * A large import's audit is hash-joined (writeAudit in import-commit.queries.ts).
 */
export const AUDIT_AFTER = `
UPDATE audit_log l SET after = profiles.profile::jsonb
  FROM import_changes c
  ${PROFILES_JOINED('update')}
 WHERE l.import_id = :importId AND l.action = :action AND l.entity = 'association'
   AND c.import_id = :importId AND c.entity = 'association' AND c.entity_key = l.entity_id::text
   AND c.action = 'update'`;
