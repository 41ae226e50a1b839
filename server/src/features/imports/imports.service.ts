// The GIS unit's import pipeline. A dry run reads the file into a staging table and reports on every row without
// touching the registry; a commit writes every valid row in one transaction; an undo puts back what was there.
import type { ImportForm, ImportMapping, ImportResult, ImportTarget } from '../../../../contracts/imports';
import { IMPORT_ERRORS_SHOWN } from '../../../../contracts/imports';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { findBoundaryConflicts, mergeBoundaries, undoBoundaries } from './boundary-commit.queries';
import type { Importer } from './import-actor';
import { findUndoConflicts, lockNamedAssociations, mergeAssociations, takeImportsLock, undoAssociations } from './import-commit.queries';
import { checkMapping, sourceViewSql } from './import-mapping';
import type { Upload } from './import-upload';
import { createSourceView, planWithoutJit, sampleRows, validateRows } from './import-validation.queries';
import type { Workspace } from './import-workspace';
import { expireImport, findImport, insertImport, listRowErrors, listStaleImports, lockImport, markImport, recordValidation, reserveImportId, type StoredImport } from './imports.queries';
import { detectSource } from './detect-source';
import { locateSource } from './source-file';
import { dropStaging, stageSource, stagedColumns, stagingNames } from './staging';
import { suggestMapping } from './suggest-mapping';
import { listResourceTypes } from './vocabulary.queries';

export interface ImportLimits {
  maxBytes: number;
}

/** A dry run nobody committed for this long is expired: its staging tables are dropped, its report kept. */
const STAGING_KEPT_DAYS = 7;

/** Dry run: detect → stage → map → validate → report. Nothing outside the import's own tables is written. */
export async function dryRun(db: Db, importer: Importer, upload: Upload, workspace: Workspace, form: ImportForm, limits: ImportLimits): Promise<ImportResult> {
  await expireStaleImports(db);
  const source = await locateSource(upload, workspace, zipLimits(limits.maxBytes)); // unzip safely, find the dataset
  const detection = await detectSource(source, form, workspace.dir); // encoding, CRS, layer and fields
  const { fields } = detection.detected;
  const { suggested, mapping } = await chooseMapping(db, form.target, form.mapping, fields);
  const id = await reserveImportId(db);
  const names = stagingNames(id);
  try {
    await stageSource(db, id, source, detection, workspace.dir); // ogr2ogr → import_staging.import_<id>
    const columns = await stagedColumns(db, id);
    const sample = await sampleRows(db, names, fields, columns);
    await db.transaction(async (trx) => {
      await planWithoutJit(trx);
      await insertImport(trx, {
        id, target: form.target, fileName: upload.originalName, detected: detection.detected, mapping, suggestedMapping: suggested,
        options: { governorate: form.governorate ?? null, encoding: form.encoding ?? null, sourceSrs: form.sourceSrs ?? null },
        sample, scope: importer.scope, createdBy: importer.actor.id, createdByEmail: importer.actor.email,
      });
      await createSourceView(trx, sourceViewSql(names, form.target, mapping, fields, columns)); // columns under target names
      const counts = await validateRows(trx, id, form.target, names, { scope: importer.scope, governorate: form.governorate ?? null });
      await recordValidation(trx, id, counts, importer.scope); // the report is in import_errors
    });
  } catch (error) {
    await dropStaging(db, id);
    throw error;
  }
  return readImport(db, importer, id);
}

/** Commit: lock → validate again against the registry as it is now → merge → audit, all in one transaction. */
export async function commitImport(db: Db, importer: Importer, id: number, skipInvalid: boolean): Promise<ImportResult> {
  await db.transaction(async (trx) => {
    await takeImportsLock(trx); // one commit or undo at a time
    await planWithoutJit(trx);
    const stored = await lockedImport(trx, importer, id, 'validated');
    const names = stagingNames(id);
    if (stored.target === 'associations') await lockNamedAssociations(trx, names); // nobody edits them until we are done
    const counts = await validateRows(trx, id, stored.target, names, { scope: importer.scope, governorate: stored.options.governorate });
    if (counts.valid === 0) throw new HttpProblem('conflict', `No row of import ${id} is valid: there is nothing to commit`);
    if (counts.invalid > 0 && !skipInvalid) {
      throw new HttpProblem('conflict', `${counts.invalid} of ${counts.total} rows are invalid: fix the file, or commit with {"skipInvalid":true} to write the ${counts.valid} valid rows`, undefined, { extensions: { counts } });
    }
    await recordValidation(trx, id, counts, importer.scope);
    if (stored.target === 'associations') await mergeAssociations(trx, id, names, importer.actor); // before-images, writes, audit
    else await mergeBoundaries(trx, stored.target, id, names, importer.actor); // … and associations placed again
    await markImport(trx, id, 'committed', importer.actor.email);
    await dropStaging(trx, id);
  });
  return readImport(db, importer, id);
}

/** Undo: lock → refuse when later edits touched the rows → restore before-images and remove what was created. */
export async function undoImport(db: Db, importer: Importer, id: number): Promise<ImportResult> {
  await db.transaction(async (trx) => {
    await takeImportsLock(trx);
    await planWithoutJit(trx);
    const { target } = await lockedImport(trx, importer, id, 'committed');
    const conflicts = target === 'associations' ? await findUndoConflicts(trx, id) : await findBoundaryConflicts(trx, target, id);
    if (conflicts.length) {
      const named = conflicts.slice(0, 5).map((c) => `${c.registrationNo ?? c.code ?? c.id} ${c.reason}`).join('; ');
      throw new HttpProblem('conflict', `Import ${id} cannot be undone without losing later changes: ${named}`, undefined, { extensions: { conflicts } });
    }
    if (target === 'associations') await undoAssociations(trx, id, importer.actor);
    else await undoBoundaries(trx, target, id, importer.actor);
    await markImport(trx, id, 'undone', importer.actor.email);
  });
  return readImport(db, importer, id);
}

/** The import with its first errors; 404 when it does not exist or is not the importer's to see. */
export async function readImport(db: Db, importer: Importer, id: number): Promise<ImportResult> {
  const stored = await findImport(db, id, importer.viewer);
  if (!stored) throw new HttpProblem('notFound', `No import has id ${id}`);
  const { scope: _scope, ...result } = stored;
  return { ...result, errors: await listRowErrors(db, id, IMPORT_ERRORS_SHOWN) };
}

async function expireStaleImports(db: Db): Promise<void> {
  for (const id of await listStaleImports(db, STAGING_KEPT_DAYS)) {
    await db.transaction(async (trx) => {
      if (await expireImport(trx, id)) await dropStaging(trx, id);
    });
  }
}

async function lockedImport(trx: Parameters<typeof lockImport>[0], importer: Importer, id: number, expected: StoredImport['status']): Promise<StoredImport> {
  await lockImport(trx, id);
  const stored = await findImport(trx, id, importer.viewer);
  if (!stored) throw new HttpProblem('notFound', `No import has id ${id}`);
  if (stored.status !== expected) throw new HttpProblem('conflict', `Import ${id} is ${stored.status}, not ${expected}`);
  return stored;
}

/** The explicit mapping when one is given, else the suggestion; either is checked against the file. */
async function chooseMapping(db: Db, target: ImportTarget, explicit: ImportMapping | undefined, fields: string[]) {
  const resourceTypes = await listResourceTypes(db);
  const suggested = suggestMapping(target, fields, resourceTypes);
  const mapping = explicit ?? suggested;
  checkMapping(target, mapping, fields, resourceTypes.map((type) => type.code));
  return { suggested, mapping };
}

/** A zip may unpack to ten times the upload limit, no entry more than 1000 times its packed size. */
function zipLimits(maxBytes: number) {
  return { maxUnzippedBytes: 10 * maxBytes, maxEntries: 1000, maxRatio: 1000 };
}
