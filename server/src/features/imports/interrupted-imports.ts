// What an import cut off by a crash or kill -9 leaves, cleared at start: a commit that began and never ended is
// marked failed (PostgreSQL rolled its writes back), staging tables no dry run is waiting on are dropped, and the
// temporary folders of processes that are gone are removed.
import type { Db } from '../../db';
import type { Logger } from '../../logger';
import { failInterruptedCommits, listOrphanStaging } from './imports.queries';
import { sweepAbandonedWorkspaces } from './read/import-workspace';
import { dropStaging } from './read/staging';

export async function sweepInterruptedImports(db: Db, logger: Logger): Promise<void> {
  const failed = await failInterruptedCommits(db);
  const orphans = await listOrphanStaging(db);
  for (const id of orphans) await dropStaging(db, id);
  const folders = await sweepAbandonedWorkspaces();
  if (failed.length + orphans.length + folders > 0) {
    logger.warn({ failed, stagingDropped: orphans, foldersRemoved: folders }, 'cleared what interrupted imports left behind');
  }
}
