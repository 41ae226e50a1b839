// Runs GDAL's command-line tools as child processes (arguments as an array, never a shell, with a time limit).
// GDAL's messages go to a log in the workspace: any ERROR there — also from a run that "succeeded", such as a
// truncated .shp read as empty geometries — becomes a 422 quoting GDAL without our paths.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { run } from '../../../provisioning/run';
import { refuseFile } from './refuse-file';
import type { SourceFile } from './source-file';

const GDAL_TIMEOUT_MS = 10 * 60_000;

/** Column names that hold longitude and latitude in degrees (matched without regard to case). */
export const LONGITUDE_NAMES = ['lon', 'long', 'lng', 'longitude', 'خط_الطول', 'خط الطول'];
export const LATITUDE_NAMES = ['lat', 'latitude', 'خط_العرض', 'خط العرض'];

/** Column names GDAL's CSV reader takes coordinates from: degrees, or projected x/y (then sourceSrs is asked for). */
const CSV_OPEN_OPTIONS = [
  '-oo',
  `X_POSSIBLE_NAMES=${[...LONGITUDE_NAMES, 'x', 'easting'].join(',')}`,
  '-oo',
  `Y_POSSIBLE_NAMES=${[...LATITUDE_NAMES, 'y', 'northing'].join(',')}`,
  '-oo',
  'GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom',
  '-oo',
  'AUTODETECT_TYPE=NO',
];

/**
 * A workbook's first row is its header, and every cell is read as text: registration numbers such as 0123 and
 * قنا/2015/4100 stay as typed, and numbers and dates are parsed by the import as for any other format.
 */
const WORKBOOK_OPTIONS = (driver: 'XLSX' | 'ODS') => [
  '--config',
  `OGR_${driver}_HEADERS`,
  'FORCE',
  '--config',
  `OGR_${driver}_FIELD_TYPES`,
  'STRING',
];

/** Open options that make GDAL read `source` as we detected it. */
export function openOptions(source: SourceFile, encoding: string): string[] {
  if (source.format === 'shapefile') return ['-oo', `ENCODING=${encoding}`];
  if (source.format === 'csv') return CSV_OPEN_OPTIONS;
  if (source.format === 'xlsx') return WORKBOOK_OPTIONS('XLSX');
  if (source.format === 'ods') return WORKBOOK_OPTIONS('ODS');
  return [];
}

/** A database GDAL cannot reach is our failure, not the file's. */
const DATABASE_TROUBLE = /PQconnectdb|connection to server|could not connect|too many clients/i;

function withoutPaths(text: string, workspaceDir: string): string {
  return text.split(`${workspaceDir}/`).join('').split(workspaceDir).join('');
}

export async function runGdal(
  tool: 'ogrinfo' | 'ogr2ogr',
  args: string[],
  workspaceDir: string,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  const log = path.join(workspaceDir, `${tool}-${randomUUID()}.log`);
  let output = '';
  let failure: Error | null = null;
  try {
    output = await run(tool, ['--config', 'CPL_LOG', log, ...args], {
      timeoutMs: GDAL_TIMEOUT_MS,
      env: { ...process.env, ...env },
    });
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error)); // run() rejects with an Error
  }
  const errors = (await readFile(log, 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => /^ERROR \d+:/.test(line))
    .map((line) => line.replace(/^ERROR \d+:\s*/, '').trim());
  if (failure === null && errors.length === 0) return output;
  if (DATABASE_TROUBLE.test(errors.join('\n')) || (errors.length === 0 && DATABASE_TROUBLE.test(String(failure)))) {
    throw failure ?? new Error(errors.join('; '));
  }
  const said = errors.length
    ? errors.slice(0, 3).join('; ')
    : String(failure instanceof Error ? failure.message.split('\n').pop() : failure);
  const hint = /invalid byte sequence/i.test(said)
    ? ' (the text is not in the encoding it was read in: send `encoding`, e.g. CP1256)'
    : '';
  const detail = `GDAL could not read the file: ${withoutPaths(said, workspaceDir)}${hint}`;
  throw refuseFile('import_unreadable_file', detail, { cause: failure ?? undefined });
}
