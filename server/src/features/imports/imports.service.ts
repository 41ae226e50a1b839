// The GIS unit's import pipeline. A dry run reads the file into a staging table and reports on every row without
// touching the registry; a commit writes every valid row in one transaction; an undo puts back what was there.
import {
  withResourcePrefix,
  type ImportDetected,
  type ImportForm,
  type ImportResult,
} from '../../../../contracts/imports';
import { IMPORT_ERRORS_SHOWN } from '../../../../contracts/imports';
import type { Db } from '../../db';
import { HttpProblem, refusedField } from '../../http/http-problem';
import { findBoundaryConflicts, mergeBoundaries, undoBoundaries } from './commit/boundary-commit.queries';
import type { Importer } from './import-actor';
import {
  findUndoConflicts,
  lockNamedAssociations,
  mergeAssociations,
  takeImportsLock,
  undoAssociations,
} from './commit/import-commit.queries';
import { mappingErrors, sourceViewSql } from './map/import-mapping';
import type { Upload } from './read/import-upload';
import { createSourceView, planForImport, sampleRows, validateRows } from './validate/import-validation.queries';
import type { Workspace } from './read/import-workspace';
import {
  expireImport,
  findImport,
  insertImport,
  listRowErrors,
  listStaleImports,
  lockImport,
  markCommitStarted,
  markImport,
  recordValidation,
  reserveImportId,
  type StoredImport,
} from './imports.queries';
import { detectSource } from './read/detect-source';
import { locateSource } from './read/source-file';
import {
  dropStaging,
  stageSource,
  stagedColumns,
  stagingNames,
  stagingPlanOf,
  workbookStagingPlan,
} from './read/staging';
import { suggestMapping } from './map/suggest-mapping';
import {
  findTemplateByName,
  findTemplateForFields,
  saveTemplate,
  type TemplateDraft,
} from './map/import-templates.queries';
import { checkValueChoices, listResourceTypes } from './map/vocabulary.queries';

export interface ImportLimits {
  maxBytes: number;
}

/** A dry run nobody committed for this long is expired: its staging tables are dropped, its report kept. */
const STAGING_KEPT_DAYS = 7;

/** Dry run: detect → stage → map → validate → report. Nothing outside the import's own tables is written. */
export async function dryRun(
  db: Db,
  importer: Importer,
  upload: Upload,
  workspace: Workspace,
  form: ImportForm,
  limits: ImportLimits,
): Promise<ImportResult> {
  await expireStaleImports(db);
  const source = await locateSource(upload, workspace, zipLimits(limits.maxBytes)); // unzip safely, find the dataset
  const id = await reserveImportId(db);
  const names = stagingNames(id);
  // A workbook whose sheet is named is copied while GDAL describes it: the two reads of the file run at once.
  const earlyPlan = workbookStagingPlan(source, form.layer);
  const earlyStaging = earlyPlan && settled(stageSource(db, id, source, earlyPlan, workspace.dir));
  try {
    const detection = await detectSource(source, form, workspace.dir); // encoding, CRS, layer (sheet) and fields
    const { fields } = detection.detected;
    const { suggested, mapping, defaults, values, template } = await chooseMapping(db, form, detection.detected);
    if (!earlyStaging) await stageSource(db, id, source, stagingPlanOf(detection), workspace.dir); // ogr2ogr
    const earlyFailure = await earlyStaging;
    if (earlyFailure) throw earlyFailure;
    const columns = await stagedColumns(db, id);
    const sample = await sampleRows(db, names, fields, columns);
    await db.transaction(async (trx) => {
      await planForImport(trx);
      await insertImport(trx, {
        id,
        target: form.target,
        fileName: upload.originalName,
        detected: detection.detected,
        mapping,
        suggestedMapping: suggested,
        options: {
          governorate: form.governorate ?? null,
          encoding: form.encoding ?? null,
          sourceSrs: form.sourceSrs ?? null,
          layer: form.layer ?? null,
          defaults,
          values,
          template,
        },
        sample,
        scope: importer.scope,
        createdBy: importer.actor.id,
        createdByEmail: importer.actor.email,
      });
      // The file's columns under the target's field names.
      await createSourceView(trx, sourceViewSql(names, form.target, mapping, defaults, fields, columns));
      const validation = await validateRows(trx, id, form.target, names, {
        scope: importer.scope,
        governorate: form.governorate ?? null,
        values,
      });
      await recordValidation(trx, id, validation, importer.scope); // the report is in import_errors
    });
  } catch (error) {
    await earlyStaging; // GDAL is done with the table before it is dropped
    await dropStaging(db, id);
    throw error;
  }
  return readImport(db, importer, id);
}

/** The work's failure as a value (null on success): nothing is left unhandled while other work runs. */
const settled = (work: Promise<unknown>): Promise<Error | null> =>
  work.then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );

/**
 * Commit: lock → validate again against the registry as it is now → merge → audit, all in one transaction. That
 * a commit began is written first, outside it: were the process killed, the next start marks the import failed.
 */
export async function commitImport(
  db: Db,
  importer: Importer,
  id: number,
  skipInvalid: boolean,
): Promise<ImportResult> {
  if ((await findImport(db, id, importer.viewer))?.status === 'validated') await markCommitStarted(db, id, true);
  try {
    await commitInTransaction(db, importer, id, skipInvalid);
  } catch (error) {
    await markCommitStarted(db, id, false);
    throw error;
  }
  return readImport(db, importer, id);
}

async function commitInTransaction(db: Db, importer: Importer, id: number, skipInvalid: boolean): Promise<void> {
  await db.transaction(async (trx) => {
    await takeImportsLock(trx); // one commit or undo at a time
    await planForImport(trx);
    const stored = await lockedImport(trx, importer, id, 'validated');
    const names = stagingNames(id);
    // Nobody edits the associations the file names until we are done.
    if (stored.target === 'associations') await lockNamedAssociations(trx, names);
    const validation = await validateRows(trx, id, stored.target, names, {
      scope: importer.scope,
      governorate: stored.options.governorate,
      values: stored.options.values,
    });
    const { counts } = validation;
    if (counts.valid === 0)
      throw new HttpProblem('conflict', `No row of import ${id} is valid: there is nothing to commit`, undefined, {
        code: 'import_nothing_valid',
      });
    if (counts.invalid > 0 && !skipInvalid) {
      throw new HttpProblem(
        'conflict',
        `${counts.invalid} of ${counts.total} rows are invalid: fix the file, ` +
          `or commit with {"skipInvalid":true} to write the ${counts.valid} valid rows`,
        undefined,
        { code: 'import_has_invalid_rows', extensions: { counts } },
      );
    }
    await recordValidation(trx, id, validation, importer.scope);
    await saveTemplate(trx, templateOf(stored), importer.actor.id); // offered for the next file with these columns
    if (stored.target === 'associations')
      await mergeAssociations(trx, id, names, importer.actor); // before-images, writes, audit
    else await mergeBoundaries(trx, stored.target, id, names, importer.actor); // … and associations placed again
    await markImport(trx, id, 'committed', importer.actor.email);
    await dropStaging(trx, id);
  });
}

/** Undo: lock → refuse when later edits touched the rows → restore before-images and remove what was created. */
export async function undoImport(db: Db, importer: Importer, id: number): Promise<ImportResult> {
  await db.transaction(async (trx) => {
    await takeImportsLock(trx);
    await planForImport(trx);
    const { target } = await lockedImport(trx, importer, id, 'committed');
    const conflicts =
      target === 'associations' ? await findUndoConflicts(trx, id) : await findBoundaryConflicts(trx, target, id);
    if (conflicts.length) {
      const named = conflicts
        .slice(0, 5)
        .map((c) => `${c.registrationNo ?? c.code ?? c.id} ${c.reason}`)
        .join('; ');
      throw new HttpProblem(
        'conflict',
        `Import ${id} cannot be undone without losing later changes: ${named}`,
        undefined,
        { code: 'import_undo_conflict', extensions: { conflicts } },
      );
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
  return { ...stored, errors: await listRowErrors(db, id, IMPORT_ERRORS_SHOWN) };
}

async function expireStaleImports(db: Db): Promise<void> {
  for (const id of await listStaleImports(db, STAGING_KEPT_DAYS)) {
    await db.transaction(async (trx) => {
      if (await expireImport(trx, id)) await dropStaging(trx, id);
    });
  }
}

async function lockedImport(
  trx: Parameters<typeof lockImport>[0],
  importer: Importer,
  id: number,
  expected: StoredImport['status'],
): Promise<StoredImport> {
  await lockImport(trx, id);
  const stored = await findImport(trx, id, importer.viewer);
  if (!stored) throw new HttpProblem('notFound', `No import has id ${id}`);
  if (stored.status !== expected)
    throw new HttpProblem('conflict', `Import ${id} is ${stored.status}, not ${expected}`, undefined, {
      code: 'import_wrong_status',
    });
  return stored;
}

/**
 * The mapping, defaults and values: the form's own, else those of the template it names, else of a template saved
 * for a file with the same columns, else the suggestion. All are checked against the file and the vocabularies.
 */
async function chooseMapping(db: Db, form: ImportForm, detected: ImportDetected) {
  const { fields } = detected;
  const resourceTypes = await listResourceTypes(db);
  const suggested = suggestMapping(form.target, fields, resourceTypes);
  const template =
    form.template !== undefined
      ? await findTemplateByName(db, form.template)
      : await findTemplateForFields(db, form.target, fields);
  if (form.template !== undefined && (!template || template.target !== form.target)) {
    throw new HttpProblem(
      'unprocessable',
      `There is no ${form.target} template named "${form.template}"`,
      [refusedField('template', 'not_found', 'no such template')],
      {
        code: 'import_unknown_template',
      },
    );
  }
  const usesTemplate = template !== null && form.mapping === undefined;
  const mapping = withResourcePrefix(form.mapping ?? (usesTemplate ? template.mapping : suggested));
  const defaults = withResourcePrefix(form.defaults ?? (usesTemplate ? template.defaults : {}));
  const values = form.values ?? (usesTemplate ? template.values : {});
  const errors = mappingErrors(
    form.target,
    mapping,
    defaults,
    fields,
    resourceTypes.map((type) => type.code),
  );
  if (errors.length) {
    // What was read comes with the refusal, so the page can show the mapping form and the user fix it there.
    throw new HttpProblem(
      'unprocessable',
      `The mapping does not fit the file: ${errors.map((e) => e.field).join(', ')}`,
      errors,
      {
        code: 'import_mapping_mismatch',
        extensions: { detected, mapping, suggestedMapping: suggested, defaults },
      },
    );
  }
  await checkValueChoices(db, values);
  return {
    suggested,
    mapping,
    defaults,
    values,
    template: usesTemplate || form.template !== undefined ? (template?.name ?? null) : null,
  };
}

/**
 * What a committed import's template holds: its columns, mapping, defaults and values, under its template's name or
 * its file's.
 */
function templateOf(stored: StoredImport): TemplateDraft {
  const name = stored.options.template ?? stored.fileName.replace(/\.[^.]+$/, '');
  return {
    name,
    target: stored.target,
    fields: stored.detected.fields,
    mapping: stored.mapping,
    defaults: stored.options.defaults,
    values: stored.options.values,
  };
}

/** A zip may unpack to ten times the upload limit, no entry more than 1000 times its packed size. */
function zipLimits(maxBytes: number) {
  return { maxUnzippedBytes: 10 * maxBytes, maxEntries: 1000, maxRatio: 1000 };
}
