// `npm run bench:import [-- --features 100000] [--rows 100000] [--keep]`: the import pipeline against plain ogr2ogr
// into PostGIS as the floor, on two files. (1) A zipped Red Belt shapefile in CP1256 (--features); a second floor is
// the bare INSERT of the same rows into the live table (its triggers and indexes), rolled back. (2) The
// directorate's registry (--rows): an all-text .xlsx without coordinates, placed by village, with the goals of the
// issue — dry run ≤ 2× the floor, dry run + commit ≤ 3×, peak RSS ≤ 1 GB. Dry run, commit and undo are timed; undo
// leaves the database as it found it (checked: a run whose undo does not, or whose import fails, exits non-zero).
// 0 skips a part. Uses its own database (civic_atlas_bench_import), cleared of earlier runs' imports before and after.
// BENCH_SMOKE=1: 500 features and 500 rows, in civic_atlas_bench_import_smoke.
import { readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { ImportResult } from '../contracts/imports';
import { importMaxBytes, loadConfig } from '../server/src/config';
import { createDb, type Db } from '../server/src/db';
import { SHELL_IMPORTER } from '../server/src/features/imports/import-actor';
import { withWorkspace } from '../server/src/features/imports/read/import-workspace';
import { INSERT_ASSOCIATIONS } from '../server/src/features/imports/commit/association-merge.sql';
import { commitImport, dryRun, undoImport } from '../server/src/features/imports/imports.service';
import { stagingNames } from '../server/src/features/imports/read/staging';
import { provisionDatabase } from '../server/src/provisioning/provision';
import { run } from '../server/src/provisioning/run';
import { fillEmptyDatabase } from '../scripts/lib/fill-empty-database';
import { runMain } from '../scripts/lib/open-database';
import { buildZip } from '../tests/support/fixtures/zip-builder';
import { clearImportLeftovers } from './lib/import-leftovers';
import {
  REGISTRY_DEFAULTS,
  REGISTRY_MAPPING,
  REGISTRY_SHEET,
  uniqueQenaVillages,
  writeRegistryWorkbookApart,
} from './lib/registry-workbook';
import { benchDatabaseName, failIfAny, skipped, smokeOr } from './lib/smoke';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const against = (ms: number, floor: number, goal?: number) => {
  const verdict = goal === undefined ? '' : ` (goal ≤ ${goal}×: ${ms / floor <= goal ? 'met' : 'missed'})`;
  return `${(ms / floor).toFixed(2)}× the floor${verdict}`;
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/**
 * The largest peak resident memory (VmHWM, bytes) among this process's children now running: ogr2ogr during
 * staging.
 */
function childrenPeakRss(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
      peak = Math.max(peak, Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return peak;
}

/** `work` timed, with its peaks sampled every 100 ms: this process's RSS, and its children's (Linux only). */
async function measured<T>(work: () => Promise<T>): Promise<{ ms: number; value: T; rss: number; childRss: number }> {
  const peaks = { rss: process.memoryUsage.rss(), childRss: 0 };
  const sample = () => {
    peaks.rss = Math.max(peaks.rss, process.memoryUsage.rss());
    if (process.platform === 'linux') peaks.childRss = Math.max(peaks.childRss, childrenPeakRss());
  };
  const sampler = setInterval(sample, 100);
  try {
    const result = await timed(work);
    sample();
    return { ...result, ...peaks };
  } finally {
    clearInterval(sampler);
  }
}

/** This process's peak resident memory since it started (the kernel's maxrss), in bytes. */
const processPeakRss = () => process.resourceUsage().maxRSS * 1024;

interface Bench {
  url: string;
  db: Db;
  dir: string;
  maxBytes: number;
}

/** `count` random points inside Qena's districts, as a CSV with Arabic names, then a Red Belt shapefile in CP1256. */
async function makeShapefile(db: Db, dir: string, count: number): Promise<{ shp: string; zip: string }> {
  const points = await db.raw<{ rows: { lon: number; lat: number }[] }>(
    `SELECT ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
       FROM (SELECT (ST_Dump(ST_GeneratePoints(ST_Union(geom), ?, 42))).geom
               FROM districts WHERE governorate_code = 'EG-KN') p`,
    [count],
  );
  const lines = points.rows.map(({ lon, lat }, i) =>
    [
      `BENCH-${i}`,
      `جمعية تنمية المجتمع رقم ${i}`,
      i % 5 === 0 ? 'مركزية' : 'أهلية',
      (i * 7919) % 500,
      i % 3 === 0 ? 'الصحة;التعليم ومحو الأمية' : 'women',
      i % 4 === 0 ? 'نعم' : 'لا',
      lon,
      lat,
    ].join(','),
  );
  const csv = path.join(dir, 'bench.csv');
  await writeFile(csv, `REG_NO,NAME_AR,KIND,MEMBERS,SECTORS,NURSERY,lon,lat\n${lines.join('\n')}\n`);
  const folder = path.join(dir, 'shapefile');
  await mkdir(folder);
  const shp = path.join(folder, 'survey.shp');
  await run('ogr2ogr', [
    '-f',
    'ESRI Shapefile',
    shp,
    csv,
    '-oo',
    'X_POSSIBLE_NAMES=lon',
    '-oo',
    'Y_POSSIBLE_NAMES=lat',
    '-oo',
    'KEEP_GEOM_COLUMNS=NO',
    '-s_srs',
    'EPSG:4326',
    '-t_srs',
    'EPSG:22992',
    '-lco',
    'ENCODING=CP1256',
  ]);
  const entries = await Promise.all(
    (await readdir(folder)).map(async (name) => ({ name, data: await readFile(path.join(folder, name)) })),
  );
  const zip = path.join(dir, 'survey.zip');
  await writeFile(zip, buildZip(entries));
  return { shp, zip };
}

/** libpq's environment for ogr2ogr's "PG:" to reach `url`. */
function pgEnv(url: string): NodeJS.ProcessEnv {
  const target = new URL(url);
  return {
    ...process.env,
    PGHOST: target.hostname,
    PGPORT: target.port || '5432',
    PGUSER: decodeURIComponent(target.username),
    PGDATABASE: target.pathname.slice(1),
  };
}

/** The floor: ogr2ogr straight into a PostGIS table (dropped after), as anyone would load the file by hand. */
async function plainOgr2ogr(bench: Bench, source: string[], options: string[]): Promise<number> {
  // -gt 65536: one transaction per 65,536 rows rather than GDAL's default 100, as the import stages too.
  const { ms } = await timed(() =>
    run(
      'ogr2ogr',
      ['-f', 'PostgreSQL', 'PG:', ...source, '-nln', 'bench_floor', '-overwrite', ...options, '-gt', '65536'],
      { env: pgEnv(bench.url), timeoutMs: 600_000 },
    ),
  );
  await bench.db.raw('DROP TABLE IF EXISTS bench_floor');
  return ms;
}

/** The files it imports, by the names the imports record. */
const FILE_NAMES = ['survey.zip', 'registry.xlsx'];

const countAssociations = async (db: Db) =>
  (await db.raw<{ rows: { n: number }[] }>('SELECT count(*)::int AS n FROM associations')).rows[0]?.n ?? 0;

/** What went wrong in one part's import: rows lost, a commit that did not commit, an undo that left rows behind. */
function importFailures(
  part: string,
  expected: number,
  before: number,
  after: number,
  dry: ImportResult,
  commit: ImportResult,
  undo: ImportResult,
): string[] {
  const failures: string[] = [];
  if (dry.counts.total !== expected) failures.push(`${part}: the dry run read ${dry.counts.total} rows of ${expected}`);
  if (commit.status !== 'committed') failures.push(`${part}: the commit left the import ${commit.status}`);
  if (undo.status !== 'undone') failures.push(`${part}: the undo left the import ${undo.status}`);
  if (after !== before) failures.push(`${part}: ${before} associations before the import, ${after} after its undo`);
  return failures;
}

/** The live table's own cost: the commit's INSERT alone, in a transaction that is rolled back. */
async function bareInsert(db: Db, importId: number): Promise<number> {
  const rollback = new Error('rolled back on purpose');
  const started = performance.now();
  await db
    .transaction(async (trx) => {
      await trx.raw('SET LOCAL jit = off');
      await trx.raw(INSERT_ASSOCIATIONS, { rows: stagingNames(importId).rows, importId });
      throw rollback;
    })
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
  return performance.now() - started;
}

/** Part 1: the Red Belt shapefile, dry run, commit and undo beside plain ogr2ogr and the bare INSERT. */
async function benchShapefile(bench: Bench, count: number): Promise<string[]> {
  const { db } = bench;
  const before = await countAssociations(db);
  const { shp, zip } = await makeShapefile(db, bench.dir, count);
  const zipBytes = (await readFile(zip)).length;
  console.log(
    `\ndata: ${count.toLocaleString('en')} points, Red Belt shapefile in CP1256, ${megabytes(zipBytes)} zipped`,
  );

  const floor = await plainOgr2ogr(
    bench,
    [shp],
    ['-lco', 'GEOMETRY_NAME=geom', '-t_srs', 'EPSG:4326', '-oo', 'ENCODING=CP1256'],
  );
  const dry = await timed(() =>
    withWorkspace(async (workspace) => {
      const upload = workspace.resolve('upload.zip');
      await copyFile(zip, upload);
      return dryRun(
        db,
        SHELL_IMPORTER,
        { path: upload, originalName: 'survey.zip', size: zipBytes, fields: {} },
        workspace,
        { target: 'associations' },
        { maxBytes: bench.maxBytes },
      );
    }),
  );
  const insert = await bareInsert(db, dry.value.id);
  const commit = await timed(() => commitImport(db, SHELL_IMPORTER, dry.value.id, true));
  const undo = await timed(() => undoImport(db, SHELL_IMPORTER, dry.value.id));

  console.log(`rows: ${JSON.stringify(dry.value.counts)}`);
  console.log(`floor: plain ogr2ogr into PostGIS      ${seconds(floor)}`);
  console.log(`dry run (unzip, detect, stage, validate) ${seconds(dry.ms)}  ${against(dry.ms, floor)}`);
  console.log(`commit (validate again, merge, audit)    ${seconds(commit.ms)}  ${against(commit.ms, floor)}`);
  console.log(
    `dry run + commit                         ${seconds(dry.ms + commit.ms)}  ${against(dry.ms + commit.ms, floor)}`,
  );
  console.log(`undo                                     ${seconds(undo.ms)}`);
  console.log(
    `second floor: bare INSERT into the live table (triggers, indexes) ${seconds(insert)}; ` +
      `commit is ${(commit.ms / insert).toFixed(2)}× that`,
  );
  return importFailures('shapefile', count, before, await countAssociations(db), dry.value, commit.value, undo.value);
}

/** Part 2: the directorate's registry, an all-text .xlsx placed by village, against the goals. */
async function benchRegistry(bench: Bench, rows: number): Promise<string[]> {
  const { db } = bench;
  const before = await countAssociations(db);
  const file = path.join(bench.dir, 'registry.xlsx');
  const places = await uniqueQenaVillages(db);
  const built = await timed(() => writeRegistryWorkbookApart(file, rows, places));
  const bytes = (await stat(file)).size;
  console.log(
    `\ndata: the directorate's registry, ${rows.toLocaleString('en')} rows × 7 text columns, no coordinates, ` +
      `${places.length} villages of Qena; .xlsx of ${megabytes(bytes)} ` +
      `(written in ${seconds(built.ms)} by a child process, peak RSS ${megabytes(built.value)})`,
  );
  const rssBefore = processPeakRss();

  const floor = await plainOgr2ogr(
    bench,
    [file, REGISTRY_SHEET],
    ['-oo', 'HEADERS=FORCE', '-oo', 'FIELD_TYPES=STRING'],
  );
  const form = {
    target: 'associations' as const,
    mapping: REGISTRY_MAPPING,
    defaults: REGISTRY_DEFAULTS,
    layer: REGISTRY_SHEET,
  };
  const dry = await measured(() =>
    withWorkspace(async (workspace) => {
      const upload = workspace.resolve('registry.xlsx');
      await copyFile(file, upload);
      return dryRun(
        db,
        SHELL_IMPORTER,
        { path: upload, originalName: 'registry.xlsx', size: bytes, fields: {} },
        workspace,
        form,
        { maxBytes: bench.maxBytes },
      );
    }),
  );
  const commit = await measured(() => commitImport(db, SHELL_IMPORTER, dry.value.id, true));
  const undo = await measured(() => undoImport(db, SHELL_IMPORTER, dry.value.id));

  const { placement, errorCount, errors } = dry.value;
  console.log(`rows: ${JSON.stringify(dry.value.counts)}`);
  console.log(`placement (rows per precision): ${JSON.stringify(placement)}; errors: ${errorCount}`);
  for (const error of errors.slice(0, 5)) console.log(`  row ${error.row}: ${error.field}: ${error.message}`);
  console.log(`floor: plain ogr2ogr into PostGIS (XLSX, HEADERS=FORCE, FIELD_TYPES=STRING) ${seconds(floor)}`);
  console.log(`dry run (check, detect, stage, place, validate) ${seconds(dry.ms)}  ${against(dry.ms, floor, 2)}`);
  console.log(`commit (validate again, merge, audit)           ${seconds(commit.ms)}  ${against(commit.ms, floor)}`);
  console.log(
    `dry run + commit                                ${seconds(dry.ms + commit.ms)}  ` +
      against(dry.ms + commit.ms, floor, 3),
  );
  console.log(`undo                                            ${seconds(undo.ms)}`);
  const peak = processPeakRss();
  console.log(
    'peak RSS of the bench process, which runs the import service in-process ' +
      `(maxrss; goal ≤ 1 GB): ${megabytes(peak)}` +
      (peak > rssBefore ? '' : ` — reached before the import started (${megabytes(rssBefore)})`),
  );
  console.log(
    `  sampled every 100 ms — dry run ${megabytes(dry.rss)}, commit ${megabytes(commit.rss)}, ` +
      `undo ${megabytes(undo.rss)}; ` +
      `ogr2ogr child during the dry run ${megabytes(dry.childRss)}`,
  );
  const failures = importFailures(
    'registry',
    rows,
    before,
    await countAssociations(db),
    dry.value,
    commit.value,
    undo.value,
  );
  // Every row names a village that is the only one of its name in its district: a refused row is a regression.
  if (errorCount > 0) failures.push(`registry: ${errorCount} rows refused, none expected`);
  return failures;
}

runMain(async () => {
  const { values } = parseArgs({
    options: {
      features: { type: 'string', default: smokeOr('100000', '500') },
      rows: { type: 'string', default: smokeOr('100000', '500') },
      keep: { type: 'boolean', default: false },
    },
  });
  const [features, rows] = [Number(values.features), Number(values.rows)];
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = await provisionDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL,
    databaseName: benchDatabaseName('civic_atlas_bench_import'),
    localClusterDir: config.LOCAL_PG_DIR,
    localClusterPort: config.LOCAL_PG_PORT,
    log: (message) => console.log(message),
  });
  const db = createDb(url, 4);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'civic-atlas-bench-import-'));
  const bench: Bench = { url, db, dir, maxBytes: importMaxBytes(config) };
  const failures: string[] = [];
  // A database given by BENCH_DATABASE_URL is not the benchmark's own: its audit log is not the benchmark's to clear.
  const ownDatabase = !process.env.BENCH_DATABASE_URL;
  try {
    await db.migrate.latest();
    await fillEmptyDatabase(db, (message) => console.log(message));
    if (!ownDatabase)
      skipped("clearing earlier runs' imports", "BENCH_DATABASE_URL names a database that is not the benchmark's own");
    const left = ownDatabase ? await clearImportLeftovers(db, FILE_NAMES) : null;
    if (left?.imports) {
      console.log(
        `cleared what earlier runs left: ${left.imports} imports (${left.undone} undone now), ` +
          `${left.auditEntries.toLocaleString('en')} audit entries`,
      );
    }
    console.log(
      `machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ` +
        `${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
    );
    // The registry first, so that the peak RSS it reports is its own, not the shapefile's.
    if (rows > 0) failures.push(...(await benchRegistry(bench, rows)));
    if (features > 0) failures.push(...(await benchShapefile(bench, features)));
    if (ownDatabase) await clearImportLeftovers(db, FILE_NAMES);
  } finally {
    if (values.keep) console.log(`kept the data in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
    await db.destroy();
  }
  failIfAny(failures);
});
