// The per-import staging tables in schema import_staging, named from the import's numeric id only: GDAL's copy of
// the file (import_<id>), a view naming its columns as target fields (source_<id>), its value and place matches
// (values_<id>, places_<id>) and the typed rows (rows_<id>).
import type { Knex } from 'knex';
import { SPREADSHEET_FORMATS } from '../../../../../contracts/imports';
import type { Db } from '../../../db';
import type { Detection } from './detect-source';
import { LATITUDE_NAMES, LONGITUDE_NAMES, openOptions, runGdal } from './gdal-run';
import type { SourceFile } from './source-file';

export interface StagingNames {
  staged: string;
  source: string;
  values: string;
  places: string;
  rows: string;
}

export function stagingNames(importId: number): StagingNames {
  if (!Number.isSafeInteger(importId) || importId <= 0) throw new Error(`not an import id: ${importId}`);
  const name = (kind: string) => `import_staging.${kind}_${importId}`;
  return {
    staged: name('import'),
    source: name('source'),
    values: name('values'),
    places: name('places'),
    rows: name('rows'),
  };
}

/** libpq's environment for the pool's own database, so no password ever appears in GDAL's arguments. */
function libpqEnvironment(db: Db): NodeJS.ProcessEnv {
  const connection = (db.client as { config: Knex.Config }).config.connection as { connectionString: string };
  const url = new URL(connection.connectionString);
  const param = (name: string) => url.searchParams.get(name) ?? undefined;
  return {
    PGHOST: param('host') ?? url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: url.password ? decodeURIComponent(url.password) : undefined,
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    PGSSLMODE: param('sslmode'),
    PGAPPNAME: 'civic-atlas-import',
  };
}

/** What ogr2ogr needs to know of a file to copy it: the layer, its text's encoding and its CRS. */
export interface StagingPlan {
  layer: string;
  encoding: string;
  /** The CRS to assume (`-s_srs`) when the file does not carry one. */
  assignedSrs: string | null;
  hasGeometry: boolean;
}

export const stagingPlanOf = ({ detected, assignedSrs, hasGeometry }: Detection): StagingPlan => ({
  layer: detected.layer,
  encoding: detected.encoding,
  assignedSrs,
  hasGeometry,
});

/**
 * A workbook's plan before it is described: its text is UTF-8 and it has no geometry (degree columns become points
 * after staging), so only the sheet is needed. Null for other formats, or when no sheet is named yet.
 */
export function workbookStagingPlan(source: SourceFile, sheet: string | undefined): StagingPlan | null {
  if (!SPREADSHEET_FORMATS.includes(source.format) || sheet === undefined) return null;
  return { layer: sheet, encoding: 'UTF-8', assignedSrs: null, hasGeometry: false };
}

/**
 * ogr2ogr copies the layer into import_<id>: every attribute as text, geometry in EPSG:4326 as `geom`, rows numbered
 * from 1.
 */
export async function stageSource(
  db: Db,
  importId: number,
  source: SourceFile,
  plan: StagingPlan,
  workspaceDir: string,
): Promise<void> {
  const { layer, encoding, assignedSrs, hasGeometry } = plan;
  await runGdal(
    'ogr2ogr',
    [
      '-f',
      'PostgreSQL',
      'PG:',
      source.path,
      layer,
      '-nln',
      `import_${importId}`,
      '-lco',
      'SCHEMA=import_staging',
      '-lco',
      'GEOMETRY_NAME=geom',
      '-lco',
      'FID=import_row',
      '-lco',
      'LAUNDER=YES',
      '-lco',
      'SPATIAL_INDEX=NONE',
      '-lco',
      'PRECISION=NO',
      '-fieldTypeToString',
      'All',
      '-nlt',
      'GEOMETRY',
      '-dim',
      'XY',
      '-gt',
      '65536',
      ...(hasGeometry && assignedSrs ? ['-s_srs', assignedSrs] : []),
      ...(hasGeometry ? ['-t_srs', 'EPSG:4326'] : []),
      ...openOptions(source, encoding),
      '--config',
      'PG_USE_COPY',
      'YES',
    ],
    workspaceDir,
    libpqEnvironment(db),
  );
  const { staged } = stagingNames(importId);
  await db.raw('ALTER TABLE ?? ADD COLUMN IF NOT EXISTS geom geometry(Geometry, 4326)', [staged]);
  if (SPREADSHEET_FORMATS.includes(source.format)) await pointsFromDegreeColumns(db, importId);
  // So validation is planned for the real number of rows; a small sample is enough for that (0.2 → 0.03 s).
  await db.transaction(async (trx) => {
    await trx.raw('SET LOCAL default_statistics_target = 10');
    await trx.raw('ANALYZE ??', [staged]);
  });
}

/**
 * A workbook has no geometry of its own: where it has longitude and latitude columns (an export read back, a
 * survey sheet), a row whose two cells are degrees in range gets that point, as a CSV's row does from GDAL.
 */
async function pointsFromDegreeColumns(db: Db, importId: number): Promise<void> {
  const columns = await stagedColumns(db, importId);
  const named = (names: string[]) => columns.find((column) => names.includes(column.toLowerCase()));
  const lon = named(LONGITUDE_NAMES);
  const lat = named(LATITUDE_NAMES);
  if (lon === undefined || lat === undefined) return;
  await db.raw(
    `UPDATE ?? SET geom = ST_SetSRID(ST_MakePoint(import_number(??), import_number(??)), 4326)
      WHERE import_number(??) BETWEEN -180 AND 180 AND import_number(??) BETWEEN -90 AND 90`,
    [stagingNames(importId).staged, lon, lat, lon, lat],
  );
}

/** The staged table's attribute columns in the file's field order (GDAL may have renamed them). */
export async function stagedColumns(db: Db, importId: number): Promise<string[]> {
  const result = await db.raw<{ rows: { name: string }[] }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('import_row', 'geom')
      ORDER BY attnum`,
    [stagingNames(importId).staged],
  );
  return result.rows.map((row) => row.name);
}

export async function dropStaging(db: Db | Knex.Transaction, importId: number): Promise<void> {
  const names = stagingNames(importId);
  for (const table of [names.rows, names.values, names.places]) await db.raw('DROP TABLE IF EXISTS ??', [table]);
  await db.raw('DROP VIEW IF EXISTS ??', [names.source]);
  await db.raw('DROP TABLE IF EXISTS ??', [names.staged]);
}
