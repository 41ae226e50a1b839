// What an import cut off by a crash or kill -9 leaves, cleared at start: a commit that began and never ended is
// marked failed (PostgreSQL rolled its writes back), staging tables no dry run is waiting on are dropped, and the
// temporary folders of processes that are gone are removed.
import type { Db } from '../../db';
import type { Logger } from '../../logger';
import { failInterruptedCommits, listOrphanStaging } from './imports.queries';
import { sweepAbandonedWorkspaces } from './read/import-workspace';
import { dropStaging } from './read/staging';

/** Never stops a start: a database not yet migrated (readyz then says 503) or unreachable is logged and left. */
export async function sweepInterruptedImports(db: Db, logger: Logger): Promise<void> {
  try {
    const folders = await sweepAbandonedWorkspaces();
    const failed = await failInterruptedCommits(db);
    const orphans = await listOrphanStaging(db);
    for (const id of orphans) await dropStaging(db, id);
    if (failed.length + orphans.length + folders > 0) {
      logger.warn(
        { failed, stagingDropped: orphans, foldersRemoved: folders },
        'cleared what interrupted imports left behind',
      );
    }
  } catch (error) {
    logger.warn({ err: error }, 'could not clear what interrupted imports left; trying again at the next start');
  }
}
