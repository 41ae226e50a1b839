// `npm run import -- FILE [--mapping JSON] [--defaults JSON] [--values JSON] [--layer SHEET] [--template NAME]
// [--commit] [--skip-invalid] [--target T] [--encoding E] [--source-srs EPSG:N] [--governorate EG-KN]`: the GIS
// unit's import from the shell, as the system actor "cli", with the API's form fields and report.
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importForm, type ImportResult } from '../contracts/imports';
import { importMaxBytes } from '../server/src/config';
import { HttpProblem } from '../server/src/http/http-problem';
import { parseInput } from '../server/src/http/validate';
import { SHELL_IMPORTER } from '../server/src/features/imports/import-actor';
import { storedName } from '../server/src/features/imports/read/import-upload';
import { withWorkspace } from '../server/src/features/imports/read/import-workspace';
import { commitImport, dryRun } from '../server/src/features/imports/imports.service';
import { openDatabase, runMain } from './lib/open-database';

const ERRORS_PRINTED = 20;

function printReport(result: ImportResult): void {
  const { detected, counts } = result;
  console.log(`import ${result.id} (${result.target}): ${result.status}`);
  console.log(
    `  read    ${detected.format}, layer "${detected.layer}", ${detected.geometryType}, ${detected.srs}, ` +
      `text ${detected.encoding} (${detected.encodingSource})`,
  );
  console.log(`  fields  ${detected.fields.join(', ')}`);
  console.log(`  mapping ${JSON.stringify(result.mapping)}`);
  if (result.options.template) console.log(`  template "${result.options.template}"`);
  if (Object.keys(result.options.defaults).length)
    console.log(`  defaults ${JSON.stringify(result.options.defaults)} (for every row)`);
  console.log(
    `  rows    ${counts.total} total, ${counts.valid} valid ` +
      `(${counts.new} new, ${counts.updated} updates, ${counts.unchanged} unchanged), ${counts.invalid} invalid`,
  );
  const { exact, village, district, none } = result.placement;
  if (result.target === 'associations')
    console.log(
      `  placed  ${exact} exact, ${village} at their village, ${district} in their district, ${none} not placed`,
    );
  for (const [field, matches] of Object.entries(result.valueMatches)) {
    const shown = matches.map(
      (match) => `${match.value}→${match.code ?? '?'}${match.how && match.how !== 'exact' ? ` (${match.how})` : ''}`,
    );
    console.log(`  ${field.padEnd(7)} ${shown.join(', ')}`);
  }
  for (const error of result.errors.slice(0, ERRORS_PRINTED)) {
    const sheetRow = error.sheetRow === null ? '' : ` (sheet row ${error.sheetRow})`;
    console.log(`  row ${error.row}${sheetRow}\t${error.field}\t${error.message}`);
  }
  if (result.errorCount > ERRORS_PRINTED)
    console.log(`  … ${result.errorCount - ERRORS_PRINTED} more (GET /api/imports/${result.id}/report.csv)`);
}

function describeProblem(error: HttpProblem): string {
  const fields = (error.errors ?? []).map((field) => `\n  ${field.field}: ${field.message}`).join('');
  return `${error.title}: ${error.detail}${fields}`;
}

runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      mapping: { type: 'string' },
      defaults: { type: 'string' },
      values: { type: 'string' },
      layer: { type: 'string' },
      template: { type: 'string' },
      commit: { type: 'boolean', default: false },
      'skip-invalid': { type: 'boolean', default: false },
      target: { type: 'string' },
      encoding: { type: 'string' },
      'source-srs': { type: 'string' },
      governorate: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    throw new Error(
      'usage: npm run import -- FILE [--mapping JSON] [--defaults JSON] [--values JSON] [--layer SHEET] ' +
        '[--template NAME] [--commit] [--skip-invalid] [--target T] [--encoding E] [--source-srs EPSG:N] ' +
        '[--governorate G]',
    );
  }
  const form = parseInput(
    importForm,
    Object.fromEntries(
      Object.entries({
        target: values.target,
        mapping: values.mapping,
        defaults: values.defaults,
        values: values.values,
        layer: values.layer,
        template: values.template,
        encoding: values.encoding,
        sourceSrs: values['source-srs'],
        governorate: values.governorate,
      }).filter(([, value]) => value !== undefined),
    ),
    'option',
  );
  const { db, config } = await openDatabase(() => undefined, { migrate: true });
  try {
    const validated = await withWorkspace(async (workspace) => {
      // The pipeline works on its own copy: a CSV may be rewritten as UTF-8.
      const copy = workspace.resolve(storedName(path.basename(file)));
      await copyFile(file, copy);
      const upload = { path: copy, originalName: path.basename(file), size: 0, fields: {} };
      return dryRun(db, SHELL_IMPORTER, upload, workspace, form, { maxBytes: importMaxBytes(config) });
    });
    printReport(validated);
    if (values.commit) printReport(await commitImport(db, SHELL_IMPORTER, validated.id, values['skip-invalid']));
  } catch (error) {
    if (error instanceof HttpProblem) throw new Error(describeProblem(error), { cause: error });
    throw error;
  } finally {
    await db.destroy();
  }
});
