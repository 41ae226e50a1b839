// `npm run bench:import [-- --features 100000] [--keep]`: the import pipeline on a zipped Red Belt shapefile in CP1256,
// against plain ogr2ogr into PostGIS as the floor. Dry run, commit and undo are timed; undo leaves the database
// as it found it. A second floor is the bare INSERT of the same rows into the live table (its triggers and
// indexes), rolled back. Uses its own database (civic_atlas_bench_import) on the provisioned server.
import { copyFile, mkdir, readdir, readFile, rm, writeFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/src/config';
import { createDb, type Db } from '../server/src/db';
import { SHELL_IMPORTER } from '../server/src/features/imports/import-actor';
import { withWorkspace } from '../server/src/features/imports/import-workspace';
import { INSERT_ASSOCIATIONS } from '../server/src/features/imports/association-merge.sql';
import { commitImport, dryRun, undoImport } from '../server/src/features/imports/imports.service';
import { stagingNames } from '../server/src/features/imports/staging';
import { provisionDatabase } from '../server/src/provisioning/provision';
import { run } from '../server/src/provisioning/run';
import { fillEmptyDatabase } from '../scripts/lib/fill-empty-database';
import { runMain } from '../scripts/lib/open-database';
import { buildZip } from '../tests/support/fixtures/zip-builder';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** `count` random points inside Qena's districts, as a CSV with Arabic names, then a Red Belt shapefile in CP1256. */
async function makeShapefile(db: Db, dir: string, count: number): Promise<{ shp: string; zip: string }> {
  const points = await db.raw<{ rows: { lon: number; lat: number }[] }>(
    `SELECT ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat
       FROM (SELECT (ST_Dump(ST_GeneratePoints(ST_Union(geom), ?, 42))).geom FROM districts WHERE governorate_code = 'EG-KN') p`,
    [count],
  );
  const lines = points.rows.map(({ lon, lat }, i) =>
    [`BENCH-${i}`, `جمعية تنمية المجتمع رقم ${i}`, i % 5 === 0 ? 'مركزية' : 'أهلية', (i * 7919) % 500, i % 3 === 0 ? 'الصحة;التعليم ومحو الأمية' : 'women', i % 4 === 0 ? 'نعم' : 'لا', lon, lat].join(','));
  const csv = path.join(dir, 'bench.csv');
  await writeFile(csv, `REG_NO,NAME_AR,KIND,MEMBERS,SECTORS,NURSERY,lon,lat\n${lines.join('\n')}\n`);
  const folder = path.join(dir, 'shapefile');
  await mkdir(folder);
  const shp = path.join(folder, 'survey.shp');
  await run('ogr2ogr', ['-f', 'ESRI Shapefile', shp, csv, '-oo', 'X_POSSIBLE_NAMES=lon', '-oo', 'Y_POSSIBLE_NAMES=lat', '-oo', 'KEEP_GEOM_COLUMNS=NO',
    '-s_srs', 'EPSG:4326', '-t_srs', 'EPSG:22992', '-lco', 'ENCODING=CP1256']);
  const entries = await Promise.all((await readdir(folder)).map(async (name) => ({ name, data: await readFile(path.join(folder, name)) })));
  const zip = path.join(dir, 'survey.zip');
  await writeFile(zip, buildZip(entries));
  return { shp, zip };
}

/** The floor: ogr2ogr straight into a PostGIS table, as anyone would load the file by hand. */
async function plainOgr2ogr(url: string, shp: string): Promise<number> {
  const target = new URL(url);
  const env = { ...process.env, PGHOST: target.hostname, PGPORT: target.port || '5432', PGUSER: decodeURIComponent(target.username), PGDATABASE: target.pathname.slice(1) };
  // -gt 65536: one transaction per 65,536 rows rather than GDAL's default 100, as the import stages too.
  const { ms } = await timed(() => run('ogr2ogr', ['-f', 'PostgreSQL', 'PG:', shp, '-nln', 'bench_floor', '-overwrite', '-lco', 'GEOMETRY_NAME=geom',
    '-t_srs', 'EPSG:4326', '-oo', 'ENCODING=CP1256', '-gt', '65536'], { env, timeoutMs: 600_000 }));
  return ms;
}

/** The live table's own cost: the commit's INSERT alone, in a transaction that is rolled back. */
async function bareInsert(db: Db, importId: number): Promise<number> {
  const rollback = new Error('rolled back on purpose');
  const started = performance.now();
  await db.transaction(async (trx) => {
    await trx.raw('SET LOCAL jit = off');
    await trx.raw(INSERT_ASSOCIATIONS, { rows: stagingNames(importId).rows, importId });
    throw rollback;
  }).catch((error: unknown) => {
    if (error !== rollback) throw error;
  });
  return performance.now() - started;
}

runMain(async () => {
  const { values } = parseArgs({ options: { features: { type: 'string', default: '100000' }, keep: { type: 'boolean', default: false } } });
  const count = Number(values.features);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const url = await provisionDatabase({
    databaseUrl: process.env.BENCH_DATABASE_URL, databaseName: 'civic_atlas_bench_import',
    localClusterDir: config.LOCAL_PG_DIR, localClusterPort: config.LOCAL_PG_PORT, log: (message) => console.log(message),
  });
  const db = createDb(url, 4);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'civic-atlas-bench-import-'));
  try {
    await db.migrate.latest();
    await fillEmptyDatabase(db, (message) => console.log(message));
    const { shp, zip } = await makeShapefile(db, dir, count);
    const zipBytes = (await readFile(zip)).length;
    console.log(`machine: ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM`);
    console.log(`data: ${count.toLocaleString('en')} points, Red Belt shapefile in CP1256, ${(zipBytes / 1024 ** 2).toFixed(1)} MB zipped`);

    const floor = await plainOgr2ogr(url, shp);
    await db.raw('DROP TABLE IF EXISTS bench_floor');
    const dry = await timed(() => withWorkspace(async (workspace) => {
      const upload = workspace.resolve('upload.zip');
      await copyFile(zip, upload);
      return dryRun(db, SHELL_IMPORTER, { path: upload, originalName: 'survey.zip', size: zipBytes, fields: {} }, workspace, { target: 'associations' }, { maxBytes: config.IMPORT_MAX_BYTES });
    }));
    const insert = await bareInsert(db, dry.value.id);
    const commit = await timed(() => commitImport(db, SHELL_IMPORTER, dry.value.id, true));
    const undo = await timed(() => undoImport(db, SHELL_IMPORTER, dry.value.id));

    console.log(`rows: ${JSON.stringify(dry.value.counts)}`);
    console.log(`floor: plain ogr2ogr into PostGIS      ${seconds(floor)}`);
    console.log(`dry run (unzip, detect, stage, validate) ${seconds(dry.ms)}  ${(dry.ms / floor).toFixed(2)}× the floor`);
    console.log(`commit (validate again, merge, audit)    ${seconds(commit.ms)}  ${(commit.ms / floor).toFixed(2)}× the floor`);
    console.log(`dry run + commit                         ${seconds(dry.ms + commit.ms)}  ${((dry.ms + commit.ms) / floor).toFixed(2)}× the floor`);
    console.log(`undo                                     ${seconds(undo.ms)}`);
    console.log(`second floor: bare INSERT into the live table (triggers, indexes) ${seconds(insert)}; commit is ${(commit.ms / insert).toFixed(2)}× that`);
  } finally {
    if (values.keep) console.log(`kept the data in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
    await db.destroy();
  }
});
