// Finds the dataset in an upload: a workbook (.xlsx, .ods) is checked and read as it is; any other zip is unpacked
// safely and must hold exactly one data file; a single file is recognised by its first bytes and its name.
// Shapefiles need their .shx and .dbf beside the .shp.
import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { IMPORT_FORMATS } from '../../../../../contracts/imports';
import type { Workspace } from './import-workspace';
import type { Upload } from './import-upload';
import { refuseFile } from './refuse-file';
import { inspectWorkbook, refuseOleFile } from './spreadsheet-check';
import { unpackZip, type ZipLimits } from './zip-archive';

export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface SourceFile {
  path: string;
  format: ImportFormat;
  /** For a shapefile: its .dbf and .cpg (null when there is none). */
  dbfPath: string | null;
  cpgPath: string | null;
}

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  '.shp': 'shapefile',
  '.gpkg': 'geopackage',
  '.geojson': 'geojson',
  '.json': 'geojson',
  '.kml': 'kml',
  '.csv': 'csv',
  '.txt': 'csv',
};

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buffer, 0, 64, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** GDAL knows a workbook by its extension: one sent under another name is renamed inside the workspace. */
async function withExtension(file: string, format: 'xlsx' | 'ods'): Promise<string> {
  if (file.toLowerCase().endsWith(`.${format}`)) return file;
  await rename(file, `${file}.${format}`);
  return `${file}.${format}`;
}

/** A lone file: GeoPackage (SQLite), GeoJSON, KML or CSV. */
function formatOfLoneFile(name: string, head: string): ImportFormat {
  if (head.startsWith('SQLite format 3\0')) return 'geopackage';
  const extension = path.extname(name).toLowerCase();
  if (extension === '.shp' || extension === '.dbf' || extension === '.shx') {
    throw refuseFile(
      'import_shapefile_incomplete',
      'A shapefile is several files (.shp, .shx, .dbf, .prj, .cpg): send them together in one .zip',
    );
  }
  const text = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (extension === '.kml' || /^<(\?xml|kml)/i.test(text)) return 'kml';
  if (extension === '.geojson' || extension === '.json' || text.startsWith('{')) return 'geojson';
  if (extension === '.csv' || extension === '.txt') return 'csv';
  throw refuseFile(
    'import_unknown_format',
    `${name} is not a format this import reads: ` +
      'send an .xlsx or .ods workbook, a zipped shapefile, GeoPackage, GeoJSON, KML or CSV',
  );
}

/** The one data file among what a zip held, with a shapefile's companions. */
function pickFromZip(workspace: Workspace, names: string[]): SourceFile {
  const byLowerName = new Map(
    names.map((name) => [name.toLowerCase(), workspace.resolve(path.join('unzipped', name))]),
  );
  const data = names.filter((name) => FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()]);
  if (data.length === 0) {
    const dbf = names.find((name) => /\.dbf$/i.test(name));
    if (dbf)
      throw refuseFile(
        'import_shapefile_incomplete',
        `The zip holds ${dbf} but no .shp: a shapefile needs its .shp, .shx and .dbf`,
      );
    throw refuseFile('import_no_data_file', 'The zip holds no data file (.shp, .gpkg, .geojson, .kml or .csv)');
  }
  if (data.length > 1)
    throw refuseFile(
      'import_several_data_files',
      `The zip holds ${data.length} data files (${data.join(', ')}); send one per import`,
    );
  const name = data[0] as string;
  const format = FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()] as ImportFormat;
  const file = byLowerName.get(name.toLowerCase()) as string;
  if (format !== 'shapefile') return { path: file, format, dbfPath: null, cpgPath: null };
  const sibling = (extension: string) => byLowerName.get(name.slice(0, -4).toLowerCase() + extension) ?? null;
  for (const required of ['.shx', '.dbf']) {
    if (!sibling(required))
      throw refuseFile(
        'import_shapefile_incomplete',
        `${path.basename(name, path.extname(name))}${required} is missing beside ${name}`,
      );
  }
  return { path: file, format, dbfPath: sibling('.dbf'), cpgPath: sibling('.cpg') };
}

export async function locateSource(upload: Upload, workspace: Workspace, limits: ZipLimits): Promise<SourceFile> {
  const bytes = await firstBytes(upload.path);
  if (bytes.length === 0) throw refuseFile('import_empty_file', 'The file is empty');
  await refuseOleFile(upload.path, bytes); // .xls and password-protected workbooks
  const head = bytes.toString('latin1');
  if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) {
    const workbook = await inspectWorkbook(upload.path, limits);
    if (workbook)
      return { path: await withExtension(upload.path, workbook), format: workbook, dbfPath: null, cpgPath: null };
    const names = await unpackZip(upload.path, workspace, limits);
    return pickFromZip(workspace, names);
  }
  return { path: upload.path, format: formatOfLoneFile(upload.originalName, head), dbfPath: null, cpgPath: null };
}
