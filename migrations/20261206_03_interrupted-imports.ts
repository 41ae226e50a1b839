// An import whose commit began but never ended (the process was killed): commit_started_at is written outside the
// commit's transaction, so the next start finds it and marks the import failed (PostgreSQL rolled its writes back).
import type { Knex } from 'knex';

const STATUSES = (statuses: string[]) => `CHECK (status IN (${statuses.map((status) => `'${status}'`).join(', ')}))`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE imports ADD COLUMN commit_started_at timestamptz');
  await knex.raw('ALTER TABLE imports DROP CONSTRAINT imports_status_check');
  const statuses = STATUSES(['validated', 'committed', 'undone', 'expired', 'failed']);
  await knex.raw(`ALTER TABLE imports ADD CONSTRAINT imports_status_check ${statuses}`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("UPDATE imports SET status = 'expired' WHERE status = 'failed'");
  await knex.raw('ALTER TABLE imports DROP CONSTRAINT imports_status_check');
  const statuses = STATUSES(['validated', 'committed', 'undone', 'expired']);
  await knex.raw(`ALTER TABLE imports ADD CONSTRAINT imports_status_check ${statuses}`);
  await knex.raw('ALTER TABLE imports DROP COLUMN commit_started_at');
}
