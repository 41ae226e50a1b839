// Runs GDAL's command-line tools as child processes (arguments as an array, never a shell, with a time limit)
// and turns their failures into 422 problems that quote GDAL's own messages without our paths.
import { run } from '../../provisioning/run';
import { HttpProblem } from '../../http/http-problem';
import type { SourceFile } from './source-file';

export const GDAL_TIMEOUT_MS = 10 * 60_000;

/** Column names GDAL's CSV reader takes coordinates from (matched without regard to case). */
const CSV_OPEN_OPTIONS = [
  '-oo', 'X_POSSIBLE_NAMES=lon,long,lng,longitude,x,easting,خط_الطول,خط الطول',
  '-oo', 'Y_POSSIBLE_NAMES=lat,latitude,y,northing,خط_العرض,خط العرض',
  '-oo', 'GEOM_POSSIBLE_NAMES=wkt,geometry,geom,the_geom',
  '-oo', 'AUTODETECT_TYPE=NO',
];

/** Open options that make GDAL read `source` as we detected it. */
export function openOptions(source: SourceFile, encoding: string): string[] {
  if (source.format === 'shapefile') return ['-oo', `ENCODING=${encoding}`];
  if (source.format === 'csv') return CSV_OPEN_OPTIONS;
  return [];
}

/** GDAL's "ERROR n: …" lines, with the workspace folder taken out. */
export function gdalMessage(error: unknown, workspaceDir: string): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split('\n').filter((line) => /^ERROR \d+:/.test(line.trim()));
  const chosen = (lines.length ? lines.map((line) => line.trim().replace(/^ERROR \d+:\s*/, '')) : [text.split('\n').pop() ?? text])
    .slice(0, 3)
    .join('; ');
  return chosen.split(workspaceDir + '/').join('').split(workspaceDir).join('');
}

export async function runGdal(tool: 'ogrinfo' | 'ogr2ogr', args: string[], workspaceDir: string, env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    return await run(tool, args, { timeoutMs: GDAL_TIMEOUT_MS, env: { ...process.env, ...env, CPL_DEBUG: 'OFF' } });
  } catch (error) {
    // A database GDAL cannot reach is our failure, not the file's.
    if (/PQconnectdb|connection to server|could not connect/i.test(String(error))) throw error;
    const detail = `GDAL could not read the file: ${gdalMessage(error, workspaceDir)}`;
    throw new HttpProblem('unprocessable', detail, [{ field: 'file', message: detail }], { cause: error });
  }
}
