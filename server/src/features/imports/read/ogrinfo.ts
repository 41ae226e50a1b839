// Reads what a dataset holds with `ogrinfo -so -al`: its layers, geometry type, feature count, extent, CRS and
// fields (GDAL 3.6 has no JSON output, so the text is parsed here).
import type { SourceFile } from './source-file';
import { openOptions, runGdal } from './gdal-run';

export interface LayerInfo {
  name: string;
  geometryType: string;
  featureCount: number;
  /** minX, minY, maxX, maxY in the layer's own CRS; null without geometry. */
  extent: [number, number, number, number] | null;
  /** "EPSG:22992" when GDAL identified it, else the CRS's name; null when the file says nothing. */
  srs: string | null;
  fields: string[];
}

const FIELD_LINE = /^(.+): ([A-Za-z0-9]+(?:\([A-Za-z0-9]+\))?) \(\d+\.\d+\)/;
const NUMBER = '(-?[\\d.]+(?:e[-+]?\\d+)?)';
const EXTENT_LINE = new RegExp(`^Extent: \\(${NUMBER}, ${NUMBER}\\) - \\(${NUMBER}, ${NUMBER}\\)`, 'i');

function srsOf(wkt: string): string | null {
  if (wkt.trim() === '' || wkt.trim() === '(unknown)') return null;
  const epsg = /ID\["EPSG",(\d+)\]\]\s*$/.exec(wkt);
  if (epsg) return `EPSG:${epsg[1]}`;
  return /^[A-Z]+\["([^"]*)"/.exec(wkt.trim())?.[1] ?? 'unnamed CRS';
}

function parseLayer(block: string): LayerInfo {
  const lines = block.split('\n');
  const value = (label: string) =>
    lines
      .find((line) => line.startsWith(`${label}: `))
      ?.slice(label.length + 2)
      .trim();
  const wktStart = lines.findIndex((line) => line.startsWith('Layer SRS WKT:'));
  const wktEnd = lines.findIndex(
    (line, index) =>
      index > wktStart && (/^(Data axis|FID Column|Geometry Column)/.test(line) || FIELD_LINE.test(line)),
  );
  const wkt = wktStart < 0 ? '' : lines.slice(wktStart + 1, wktEnd < 0 ? undefined : wktEnd).join('\n');
  const extent = lines.map((line) => EXTENT_LINE.exec(line)).find(Boolean);
  return {
    name: value('Layer name') ?? '',
    geometryType: value('Geometry') ?? 'None',
    featureCount: Number(value('Feature Count') ?? 0),
    extent: extent ? [Number(extent[1]), Number(extent[2]), Number(extent[3]), Number(extent[4])] : null,
    srs: srsOf(wkt),
    fields: lines.map((line) => FIELD_LINE.exec(line)?.[1]).filter((name): name is string => name !== undefined),
  };
}

/** Every layer in ogrinfo's summary text. */
export function parseOgrinfo(text: string): LayerInfo[] {
  return text
    .split(/\n(?=Layer name: )/)
    .filter((block) => block.startsWith('Layer name: '))
    .map(parseLayer);
}

export async function describeLayers(source: SourceFile, encoding: string, workspaceDir: string): Promise<LayerInfo[]> {
  const text = await runGdal(
    'ogrinfo',
    ['-ro', '-so', '-al', '-nomd', ...openOptions(source, encoding), source.path],
    workspaceDir,
  );
  return parseOgrinfo(text.replace(/\r/g, ''));
}
