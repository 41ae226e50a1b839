// Detects what an uploaded dataset is: its one layer, the encoding of its text, its CRS and its fields. A CRS the
// file does not state is never guessed, except WGS 84 for CSV longitude/latitude columns that hold degrees.
import { SPREADSHEET_FORMATS, type ImportDetected } from '../../../../../contracts/imports';
import { describeLayers, type LayerInfo } from './ogrinfo';
import type { SourceFile } from './source-file';
import { refuseFile } from './refuse-file';
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from './spreadsheet-check';
import { detectDbfEncoding, normaliseCsvEncoding, type DetectedEncoding } from './text-encoding';

export interface Detection {
  detected: ImportDetected;
  /** The CRS to assume for the data (`-s_srs`), when the file itself does not carry it; null when it does. */
  assignedSrs: string | null;
  hasGeometry: boolean;
}

export interface DetectOptions {
  encoding?: string;
  sourceSrs?: string;
  /** The sheet or layer asked for. */
  layer?: string;
}

const UNKNOWN_CRS =
  'The file does not say which coordinate system its coordinates are in (no .prj or CRS). Send sourceSrs, ' +
  'e.g. EPSG:22992 (Egypt Red Belt), EPSG:32636 (UTM zone 36N) or EPSG:4326 (longitude/latitude)';

async function detectEncoding(source: SourceFile, override: string | undefined): Promise<DetectedEncoding> {
  if (source.format === 'csv') return normaliseCsvEncoding(source.path, override);
  if (override) return { encoding: override, source: 'override' };
  if (source.format === 'shapefile' && source.dbfPath) return detectDbfEncoding(source.dbfPath, source.cpgPath);
  return { encoding: 'UTF-8', source: 'format' };
}

/**
 * The layer asked for; else the only one with features — or, in a workbook, the sheet with the most rows (a
 * registry beside a notes sheet; the page lists the others to choose from).
 */
function pickLayer(layers: LayerInfo[], format: SourceFile['format'], asked: string | undefined): LayerInfo {
  if (asked !== undefined) {
    const found = layers.find((layer) => layer.name === asked);
    const names = layers.map((layer) => layer.name);
    if (!found)
      throw refuseFile(
        'import_unknown_layer',
        `The file has no sheet or layer "${asked}" (it has ${names.join(', ')})`,
        { field: 'layer', params: { layer: asked, layers: names } },
      );
    return found;
  }
  const filled = layers.filter((layer) => layer.featureCount !== 0);
  if (filled.length === 0)
    throw refuseFile(
      'import_no_features',
      layers.length ? 'The file holds no features' : 'The file holds no layer GDAL can read',
    );
  if (filled.length > 1 && !SPREADSHEET_FORMATS.includes(format)) {
    const names = filled.map((layer) => layer.name).join(', ');
    throw refuseFile(
      'import_several_layers',
      `The file holds ${filled.length} layers with features (${names}); name the one to import in \`layer\``,
      {
        field: 'layer',
        params: { layers: filled.map((layer) => layer.name) },
      },
    );
  }
  return filled.reduce((most, layer) => (layer.featureCount > most.featureCount ? layer : most));
}

/** What GDAL counted is checked too: a sheet's declared size can be missing or wrong. */
function checkLayerSize(layer: LayerInfo): void {
  if (layer.featureCount > MAX_SHEET_ROWS) {
    throw refuseFile(
      'tooManyRows',
      `The file has ${layer.featureCount} rows; at most ${MAX_SHEET_ROWS} are imported at once: split the file`,
      { kind: 'payloadTooLarge' },
    );
  }
  if (layer.fields.length > MAX_SHEET_COLUMNS)
    throw refuseFile(
      'tooManyColumns',
      `The file has ${layer.fields.length} columns; at most ${MAX_SHEET_COLUMNS} are read`,
    );
}

const looksLikeDegrees = (extent: LayerInfo['extent']) =>
  extent !== null && extent[0] >= -180 && extent[2] <= 180 && extent[1] >= -90 && extent[3] <= 90;

/** The CRS the data are in and whether it must be assigned; refuses when nobody says. */
function decideSrs(
  layer: LayerInfo,
  format: SourceFile['format'],
  override: string | undefined,
): { srs: string; assigned: string | null } {
  if (override) return { srs: override, assigned: override };
  if (layer.srs) return { srs: layer.srs, assigned: null };
  if (layer.geometryType === 'None') return { srs: 'none', assigned: null };
  if (format === 'csv' && looksLikeDegrees(layer.extent)) return { srs: 'EPSG:4326', assigned: 'EPSG:4326' };
  throw refuseFile('import_unknown_srs', UNKNOWN_CRS, { field: 'sourceSrs' });
}

export async function detectSource(
  source: SourceFile,
  options: DetectOptions,
  workspaceDir: string,
): Promise<Detection> {
  const encoding = await detectEncoding(source, options.encoding);
  // A CSV has been rewritten as UTF-8 by now; GDAL reads the others in the detected encoding.
  const layers = await describeLayers(source, encoding.encoding, workspaceDir);
  const layer = pickLayer(layers, source.format, options.layer);
  checkLayerSize(layer);
  const { srs, assigned } = decideSrs(layer, source.format, options.sourceSrs);
  return {
    detected: {
      format: source.format,
      layer: layer.name,
      layers: layers.map(({ name, featureCount }) => ({ name, rows: featureCount })),
      encoding: encoding.encoding,
      encodingSource: encoding.source,
      srs,
      geometryType: layer.geometryType,
      fields: layer.fields,
    },
    assignedSrs: assigned,
    hasGeometry: layer.geometryType !== 'None',
  };
}
