// The audit trail of an import or an undo: one entry per association it touched, action 'import' or 'undo', each
// with the association's whole profile (PROFILES_OF, read for all the statement's associations at once).
// Bindings: `:importId`, `:actorId`, `:actorEmail`, `:action`.
import { PROFILES_OF } from '../../associations/association-profile.sql';

/**
 * The associations one audit statement writes, copied into this temporary table and analysed first: the tables
 * this transaction filled have no statistics, and a profile read planned for one association but run for 500
 * rescanned every list table 500 times.
 */
export const AUDITED = 'import_audited';

/** An audit statement: which associations it covers (`ids`, a sub-query of ids) and how it writes them. */
export interface AuditStatement {
  ids: string;
  write: string;
}

/** The import's associations, or those of one `action` ('insert' or 'update'). */
const CHANGED = (action?: 'insert' | 'update') => `
  (SELECT c.entity_key::int FROM import_changes c
    WHERE c.import_id = :importId AND c.entity = 'association'${action ? ` AND c.action = '${action}'` : ''})`;

/** `AUDITED` as `audited`, with the profile of each (NULL for one that is gone). */
const AUDITED_PROFILES = `${AUDITED} audited
  LEFT JOIN (${PROFILES_OF(`(SELECT id FROM ${AUDITED})`)}) profiles ON profiles.id = audited.id`;

/** `before`, written before the change, for every association recorded so far; `after` comes once it is made. */
export const AUDIT_BEFORE: AuditStatement = {
  ids: CHANGED(),
  write: `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', audited.id, :importId, profiles.profile::jsonb, NULL
  FROM ${AUDITED_PROFILES}
 ORDER BY audited.id`,
};

/** New associations had no `before`; their `after` is known at once. */
export const AUDIT_INSERTED: AuditStatement = {
  ids: CHANGED('insert'),
  write: `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', audited.id, :importId, NULL, profiles.profile::jsonb
  FROM ${AUDITED_PROFILES}
 ORDER BY audited.id`,
};

/** Only associations that were there before and still are: a new one has its `after`, a removed one has none. */
export const AUDIT_AFTER: AuditStatement = {
  ids: CHANGED('update'),
  write: `
UPDATE audit_log l SET after = profiles.profile::jsonb
  FROM ${AUDITED_PROFILES}
 WHERE l.import_id = :importId AND l.action = :action AND l.entity = 'association' AND l.entity_id = audited.id`,
};
