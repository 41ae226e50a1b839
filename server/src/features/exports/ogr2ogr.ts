// Converts an export's CSV (with its .csvt types) into GeoJSON, GeoPackage or a zipped shapefile with GDAL's
// ogr2ogr, through the project's one command runner (arguments as an array, no shell, a time limit).
import path from 'node:path';
import type { ExportFormat } from '../../../../contracts/export';
import { run } from '../../provisioning/run';

/** The formats GDAL writes; CSV and workbooks are written by the app. */
export type GdalFormat = Exclude<ExportFormat, 'csv' | 'xlsx'>;

const OGR2OGR_TIMEOUT_MS = 120_000;

/** What GDAL writes for each format; the layer is always called `associations`. */
const TARGETS: Record<GdalFormat, { driver: string; file: string; options: string[] }> = {
  geojson: {
    driver: 'GeoJSON',
    file: 'associations.geojson',
    options: ['-lco', 'RFC7946=YES', '-lco', 'ID_FIELD=id', '-lco', 'WRITE_NAME=NO'],
  },
  gpkg: { driver: 'GPKG', file: 'associations.gpkg', options: [] },
  // GDAL writes .shp, .shx, .dbf, .prj and (with ENCODING=UTF-8) .cpg straight into the zip; RESIZE shrinks
  // each text field from 254 bytes to its longest value.
  shp: {
    driver: 'ESRI Shapefile',
    file: 'associations.shp.zip',
    options: ['-lco', 'ENCODING=UTF-8', '-lco', 'RESIZE=YES'],
  },
};

/** Reads `csvPath` (points from its lon and lat columns, WGS 84) and writes the format next to it; returns the file. */
export async function convertCsv(csvPath: string, format: GdalFormat): Promise<string> {
  const target = TARGETS[format];
  const output = path.join(path.dirname(csvPath), target.file);
  const args = [
    '-f',
    target.driver,
    output,
    csvPath,
    '-oo',
    'X_POSSIBLE_NAMES=lon',
    '-oo',
    'Y_POSSIBLE_NAMES=lat',
    '-oo',
    'EMPTY_STRING_AS_NULL=YES',
    '-a_srs',
    'EPSG:4326',
    '-nln',
    'associations',
    '-nlt',
    'POINT',
    ...target.options,
  ];
  try {
    await run('ogr2ogr', args, { timeoutMs: OGR2OGR_TIMEOUT_MS });
  } catch (error) {
    throw new Error(`ogr2ogr could not write ${format}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return output;
}
