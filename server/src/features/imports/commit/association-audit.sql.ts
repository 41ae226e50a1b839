// The audit trail of an import or an undo: one entry per association it touched, action 'import' or 'undo'.
// Bindings: `:importId`, `:actorId`, `:actorEmail`, `:action` and `:profile` (the association's whole profile as
// a correlated sub-query, see import-commit.queries.ts).

/**
 * One audit entry per association (the same rows recordAudit writes, in one statement): `before` is written
 * before the change for every association recorded so far (`:profile` of `c.entity_key`), `after` once it is made
 * (`:profile` of `l.entity_id`; NULL for one that is gone).
 */
export const AUDIT_BEFORE = `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', c.entity_key::int, :importId, :profile, NULL
  FROM import_changes c
 WHERE c.import_id = :importId AND c.entity = 'association'
 ORDER BY c.entity_key::int`;

/** New associations had no `before`; their `after` is known at once (`:profile` of `c.entity_key`). */
export const AUDIT_INSERTED = `
INSERT INTO audit_log (actor_id, actor_email, action, entity, entity_id, import_id, before, after)
SELECT :actorId, :actorEmail, :action, 'association', c.entity_key::int, :importId, NULL, :profile
  FROM import_changes c
 WHERE c.import_id = :importId AND c.entity = 'association' AND c.action = 'insert'
 ORDER BY c.entity_key::int`;

/**
 * Only associations that were there before and still are: a new one has its `after`, a removed one has none.
 * Run without nested loops (import-commit.queries.ts): this transaction filled both tables, their statistics
 * expect no rows, and a nested loop planned for one row compared 20,000 × 20,000 (46 s).
 */
export const AUDIT_AFTER = `
UPDATE audit_log l SET after = :profile
  FROM import_changes c
 WHERE l.import_id = :importId AND l.action = :action AND l.entity = 'association'
   AND c.import_id = :importId AND c.entity = 'association' AND c.entity_key = l.entity_id::text
   AND c.action = 'update'`;
