// What bench:import's imports leave in its own database, cleared before and after each run so that neither the
// database nor the next run's times grow from run to run: the audit entries, change images and reports of the
// imports it committed and undid (two audit entries and one change image per row: 100,000 rows made 200,000
// entries a run, and each run's commit and undo then worked beside all of them), staging tables, the stats marks
// their writes made, and the dead rows of it all (autovacuum is off on some machines). An import a run left
// committed (cut off between commit and undo) is undone first. Only the benchmark's imports (from the shell, of its
// own files), and only in its own database: in the app, the audit log is kept for good.
import type { Db } from '../../server/src/db';
import { SHELL_IMPORTER } from '../../server/src/features/imports/import-actor';
import { undoImport } from '../../server/src/features/imports/imports.service';
import { dropStaging } from '../../server/src/features/imports/read/staging';
import { refreshStatsCells } from '../../server/src/features/stats/stats-cells.queries';

/** The tables an import's commit and undo write to, directly or through triggers. */
const WRITTEN_TABLES = [
  'associations',
  'association_sectors',
  'association_resources',
  'intl_programmes',
  'association_grid',
  'association_facet_grid',
  'stats_dirty',
  'stats_cells',
  'audit_log',
  'import_changes',
  'import_errors',
  'imports',
];

export interface Leftovers {
  imports: number;
  undone: number;
  auditEntries: number;
}

/** `files`: the names of the files the benchmark imports. */
export async function clearImportLeftovers(db: Db, files: readonly string[]): Promise<Leftovers> {
  const benchImports = () => db('imports').whereNull('created_by').whereIn('file_name', files);
  const committed = (await benchImports().where({ status: 'committed' }).orderBy('id', 'desc').pluck('id')) as number[];
  for (const id of committed) await undoImport(db, SHELL_IMPORTER, id);
  const ids = (await benchImports().pluck('id')) as number[];
  for (const id of ids) await dropStaging(db, id);
  const auditEntries = ids.length ? await db('audit_log').whereIn('import_id', ids).delete() : 0;
  // Their changes and errors go with them (ON DELETE CASCADE).
  if (ids.length) await db('imports').whereIn('id', ids).delete();
  await refreshStatsCells(db);
  // FULL: the tables hold little once the imports' rows are gone, so rewriting them is quick, and gives back the
  // space earlier runs bloated them to (plain VACUUM would only stop the growth).
  await db.raw(`VACUUM (FULL, ANALYZE) ${WRITTEN_TABLES.join(', ')}`);
  return { imports: ids.length, undone: committed.length, auditEntries };
}
