// Runs `npm run geodata` into a temporary folder (the committed geodata stays as it is) and reads the build's own
// figures: the total time and the part added by the physical data, the district fill and the basemap. It needs the
// raw sources (../shared/geodata or GEODATA_SOURCE_DIR); without them it says so rather than fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SOURCE_FILES } from '../../scripts/geodata/config';

export interface GeodataBuildTime {
  totalSeconds: number;
  addedSeconds: number;
}

const ROOT = path.resolve(__dirname, '../..');

/** Why the build cannot run here, or null when its raw sources are in place. */
export function geodataBuildUnavailable(): string | null {
  const files = Object.values(SOURCE_FILES).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : Object.values(entry),
  );
  const missing = files.filter((file) => !existsSync(file));
  return missing.length
    ? `its raw sources are missing (${missing[0]}${missing.length > 1 ? ` and ${missing.length - 1} more` : ''})`
    : null;
}

export function timeGeodataBuild(): GeodataBuildTime {
  const outputDir = mkdtempSync(path.join(tmpdir(), 'civic-atlas-geodata-'));
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/geodata/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, GEODATA_OUTPUT_DIR: outputDir },
      encoding: 'utf8',
      timeout: 300_000,
    });
    if (run.status !== 0) throw new Error(`the geodata build failed:\n${run.stderr || run.stdout}`);
    const figures = /built in ([\d.]+) s, of which ([\d.]+) s/.exec(run.stdout);
    if (!figures) throw new Error(`the geodata build did not print its time:\n${run.stdout}`);
    return { totalSeconds: Number(figures[1]), addedSeconds: Number(figures[2]) };
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
