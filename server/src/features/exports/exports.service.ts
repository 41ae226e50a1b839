// Exporting exactly what the filters match: check the size, pick the columns the user may see (in words for
// people when labelled), read the rows (contacts blanked where `can()` says no), then write CSV directly, a
// workbook with exceljs, or let GDAL convert the CSV — the files in a private temp dir.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { CurrentUser } from '../../../../contracts/auth';
import { EXPORT_MAX_ROWS, type ExportFormat, type LabelLanguage } from '../../../../contracts/export';
import type { Db } from '../../db';
import { HttpProblem } from '../../http/http-problem';
import { resolveAssociationFilters } from '../associations/association-filters.queries';
import { can } from '../auth/permissions';
import { csvText, csvtText } from './csv';
import { exportFieldsFor, type ExportField, type ExportRow } from './export-fields';
import { labelledFields } from './export-labels';
import { countMatching, rowsMatching } from './exports.queries';
import { convertCsv } from './ogr2ogr';
import { writeWorkbook } from './xlsx-writer';

export interface ExportFile {
  contentType: string;
  /** The download's name, e.g. associations-2026-11-23.gpkg. */
  filename: string;
  body: AsyncIterable<string> | Readable;
  /** Removes the temp dir once the body has been sent (or failed). */
  cleanup: () => Promise<void>;
}

const FILES: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  geojson: { contentType: 'application/geo+json', extension: 'geojson' },
  gpkg: { contentType: 'application/geopackage+sqlite3', extension: 'gpkg' },
  shp: { contentType: 'application/zip', extension: 'shp.zip' },
};

export interface ExportRequest {
  format: ExportFormat;
  /** Headers and values in words, in this language; a workbook is always labelled (Arabic unless asked). */
  labels?: LabelLanguage | undefined;
}

export async function exportAssociations(
  db: Db,
  user: CurrentUser | null,
  parsed: AssociationFilters,
  { format, labels }: ExportRequest,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportFile> {
  const filters = await resolveAssociationFilters(db, parsed);
  const matched = await countMatching(db, filters);
  if (matched > maxRows) {
    throw new HttpProblem(
      'badRequest',
      `The filters match ${matched} associations; an export holds at most ${maxRows}. ` +
        'Narrow the filters (governorate, district, …) and export in parts.',
      undefined,
      {
        code: 'export_too_large',
        extensions: { matched, maxRows },
      },
    );
  }
  const language = format === 'xlsx' ? (labels ?? 'ar') : format === 'csv' ? labels : undefined;
  const visible = exportFieldsFor(user !== null);
  const fields = language ? await labelledFields(db, visible, language) : visible;
  const rows = withVisibleContacts(rowsMatching(db, filters, fields), fields, user);
  const { contentType, extension } = FILES[format];
  const filename = `associations-${new Date().toISOString().slice(0, 10)}.${extension}`;
  if (format === 'csv') {
    const names = language ? 'header' : 'name';
    return {
      contentType,
      filename,
      body: csvText(rows, fields, { names, forSpreadsheet: true }),
      cleanup: () => Promise.resolve(),
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'civic-atlas-export-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    if (format === 'xlsx') {
      const output = path.join(dir, filename);
      await writeWorkbook(output, rows, fields, language ?? 'ar', {
        filters: filtersInWords(parsed),
        madeOn: new Date().toISOString().slice(0, 10),
      });
      return { contentType, filename, body: createReadStream(output), cleanup };
    }
    const names = format === 'shp' ? 'dbf' : 'name';
    const csvPath = path.join(dir, 'associations.csv');
    await writeFile(csvPath, csvText(rows, fields, { names, forSpreadsheet: false }));
    await writeFile(path.join(dir, 'associations.csvt'), csvtText(fields, names));
    const output = await convertCsv(csvPath, format);
    return { contentType, filename, body: createReadStream(output), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The filters as given, for the workbook's "about" sheet: parameter name → its values. */
function filtersInWords(parsed: AssociationFilters): [string, string][] {
  // Typed with undefined, as an optional filter's key may be present without a value.
  const given: [string, AssociationFilters[keyof AssociationFilters]][] = Object.entries(parsed);
  return given
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => [
      name,
      Array.isArray(value)
        ? value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('، ')
        : String(value),
    ]);
}

/** Sensitive values stay only in rows whose contacts `can()` lets this user read. */
async function* withVisibleContacts(
  batches: AsyncIterable<ExportRow[]>,
  fields: readonly ExportField[],
  user: CurrentUser | null,
): AsyncGenerator<ExportRow[]> {
  const sensitive = fields.filter((field) => field.sensitive).map((field) => field.name);
  for await (const batch of batches) {
    if (sensitive.length === 0) {
      yield batch;
      continue;
    }
    yield batch.map((row) => {
      const target = { governorate: String(row.governorate), associationId: Number(row.id) };
      if (can(user, 'association:read-sensitive', target)) return row;
      return { ...row, ...Object.fromEntries(sensitive.map((name) => [name, null])) };
    });
  }
}
