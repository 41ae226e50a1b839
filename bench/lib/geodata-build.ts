// Runs `npm run geodata` into a temporary folder (the committed geodata stays as it is) and reads the build's own
// figures: the total time and the part added by the physical data, the district fill and the basemap.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface GeodataBuildTime {
  totalSeconds: number;
  addedSeconds: number;
}

const ROOT = path.resolve(__dirname, '../..');

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
