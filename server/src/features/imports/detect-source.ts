// Detects what an uploaded dataset is: its one layer, the encoding of its text, its CRS and its fields. A CRS the
// file does not state is never guessed, except WGS 84 for CSV longitude/latitude columns that hold degrees.
import type { ImportDetected } from '../../../../contracts/imports';
import { HttpProblem } from '../../http/http-problem';
import { describeLayers, type LayerInfo } from './ogrinfo';
import type { SourceFile } from './source-file';
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
}

const refuse = (field: string, detail: string) => new HttpProblem('unprocessable', detail, [{ field, message: detail }]);

const UNKNOWN_CRS =
  'The file does not say which coordinate system its coordinates are in (no .prj or CRS). Send sourceSrs, ' +
  'e.g. EPSG:22992 (Egypt Red Belt), EPSG:32636 (UTM zone 36N) or EPSG:4326 (longitude/latitude)';

async function detectEncoding(source: SourceFile, override: string | undefined): Promise<DetectedEncoding> {
  if (source.format === 'csv') return normaliseCsvEncoding(source.path, override);
  if (override) return { encoding: override, source: 'override' };
  if (source.format === 'shapefile' && source.dbfPath) return detectDbfEncoding(source.dbfPath, source.cpgPath);
  return { encoding: 'UTF-8', source: 'format' };
}

function pickLayer(layers: LayerInfo[]): LayerInfo {
  const filled = layers.filter((layer) => layer.featureCount !== 0);
  if (filled.length === 0) throw refuse('file', layers.length ? 'The file holds no features' : 'The file holds no layer GDAL can read');
  if (filled.length > 1) {
    throw refuse('file', `The file holds ${filled.length} layers with features (${filled.map((layer) => layer.name).join(', ')}); send one layer per import`);
  }
  return filled[0] as LayerInfo;
}

const looksLikeDegrees = (extent: LayerInfo['extent']) =>
  extent !== null && extent[0] >= -180 && extent[2] <= 180 && extent[1] >= -90 && extent[3] <= 90;

/** The CRS the data are in and whether it must be assigned; refuses when nobody says. */
function decideSrs(layer: LayerInfo, format: SourceFile['format'], override: string | undefined): { srs: string; assigned: string | null } {
  if (override) return { srs: override, assigned: override };
  if (layer.srs) return { srs: layer.srs, assigned: null };
  if (layer.geometryType === 'None') return { srs: 'none', assigned: null };
  if (format === 'csv' && looksLikeDegrees(layer.extent)) return { srs: 'EPSG:4326', assigned: 'EPSG:4326' };
  throw refuse('sourceSrs', UNKNOWN_CRS);
}

export async function detectSource(source: SourceFile, options: DetectOptions, workspaceDir: string): Promise<Detection> {
  const encoding = await detectEncoding(source, options.encoding);
  // A CSV has been rewritten as UTF-8 by now; GDAL reads the others in the detected encoding.
  const layer = pickLayer(await describeLayers(source, encoding.encoding, workspaceDir));
  const { srs, assigned } = decideSrs(layer, source.format, options.sourceSrs);
  return {
    detected: {
      format: source.format,
      layer: layer.name,
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
