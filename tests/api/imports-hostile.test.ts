// Hostile and broken uploads: each gets a 4xx problem, nothing is written, no file escapes the workspace, and the
// server stays healthy. The app runs with a 1 MB upload limit (so a zip may unpack to 10 MB).
import { existsSync } from 'node:fs';
import { csv, fixtureDir, shapefileZip, type FixtureDir, type FixtureFile } from '../support/fixtures/gdal-fixtures';
import { QENA_CITY, startImportWorld, type ImportWorld } from '../support/fixtures/import-world';
import { buildZip } from '../support/fixtures/zip-builder';

let world: ImportWorld;
let files: FixtureDir;
const ONE_MB = 1024 * 1024;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_imports_hostile', { IMPORT_MAX_MB: '1' });
  files = await fixtureDir();
});
afterAll(async () => {
  await files.remove();
  await world.stop();
});

const GOOD_CSV = Buffer.from(
  csv(['REG_NO', 'NAME_AR', 'KIND', 'lon', 'lat'], [['H-1', 'جمعية', 'civil', ...QENA_CITY]]),
);
const zipOf = (name: string, entries: Parameters<typeof buildZip>[0]): FixtureFile => ({
  name,
  data: buildZip(entries),
});

type Problem = { status: number; detail: string; errors?: { field: string; message: string }[] };

/** Each case's file is made when its test runs; a shapefile is written by GDAL, so it comes as a Promise. */
const hostile: [string, () => FixtureFile | Promise<FixtureFile>, number, RegExp][] = [
  [
    'a zip entry climbing out with ..',
    () => zipOf('slip.zip', [{ name: '../../escaped.csv', data: GOOD_CSV }]),
    422,
    /invalid relative path/,
  ],
  [
    'a zip entry with an absolute path',
    () => zipOf('abs.zip', [{ name: '/tmp/escaped.csv', data: GOOD_CSV }]),
    422,
    /absolute path/,
  ],
  [
    'a zip bomb (60 MB of zeros)',
    () => zipOf('bomb.zip', [{ name: 'bomb.csv', data: Buffer.alloc(60 * ONE_MB) }]),
    422,
    /zip bomb|unpack/,
  ],
  [
    'a zip that lies about its sizes',
    () => zipOf('liar.zip', [{ name: 'liar.csv', data: Buffer.alloc(30 * ONE_MB, 32), declaredSize: 100 }]),
    422,
    /zip/,
  ],
  [
    'a zip with a .dbf and no .shp',
    () => zipOf('noshp.zip', [{ name: 'registry.dbf', data: Buffer.alloc(100) }]),
    422,
    /no \.shp/,
  ],
  [
    'a zip with no data file',
    () => zipOf('readme.zip', [{ name: 'README.txt', data: Buffer.from('hello') }]),
    422,
    /no data file/,
  ],
  [
    'a zip with two data files',
    () =>
      zipOf('two.zip', [
        { name: 'a.csv', data: GOOD_CSV },
        { name: 'b.csv', data: GOOD_CSV },
      ]),
    422,
    /2 data files/,
  ],
  [
    'a truncated .shp',
    () =>
      shapefileZip(files, 'truncated', GOOD_CSV.toString(), {
        srs: 'EPSG:4326',
        encoding: 'UTF-8',
        cpg: true,
        truncateShp: 120,
      }),
    422,
    /GDAL could not read the file/,
  ],
  [
    'a shapefile without its .shx',
    () =>
      zipOf('noshx.zip', [
        { name: 'a.shp', data: Buffer.alloc(100) },
        { name: 'a.dbf', data: Buffer.alloc(100) },
      ]),
    422,
    /a\.shx is missing/,
  ],
  ['a lone .shp', () => ({ name: 'alone.shp', data: Buffer.alloc(200) }), 422, /zip/],
  [
    'a corrupt zip',
    () => ({ name: 'broken.zip', data: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(50, 7)]) }),
    422,
    /zip could not be read/,
  ],
  ['random bytes', () => ({ name: 'noise.bin', data: Buffer.from([0, 159, 146, 150, 1, 2, 3]) }), 422, /not a format/],
  ['an empty file', () => ({ name: 'empty.csv', data: Buffer.alloc(0) }), 422, /empty/],
  [
    'a file over the upload limit',
    () => ({ name: 'big.csv', data: Buffer.alloc(ONE_MB + 10, 65) }),
    413,
    /IMPORT_MAX_MB/,
  ],
  [
    'GeoJSON that is not JSON',
    () => ({ name: 'bad.geojson', data: Buffer.from('{"type": "FeatureCollection", "features": [') }),
    422,
    /GDAL could not read the file/,
  ],
];

test.each(hostile)(
  'when the upload is %s, then %i with a clear problem and nothing written',
  async (_name, make, status, detail) => {
    const before = await world.db('imports').count('* as n').first();
    const reply = await world.as.gisQena.upload<Problem>(await make());
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(reply.body.detail).toMatch(detail);
    expect(reply.body.detail).not.toMatch(/civic-atlas-import-/);
    expect(await world.db('imports').count('* as n').first()).toEqual(before);
    expect(existsSync('/tmp/escaped.csv')).toBe(false);
  },
);

test.each([
  [{ target: 'parishes' }, 400, 'target'],
  [{ mapping: '{not json' }, 400, 'mapping'],
  [{ mapping: JSON.stringify({ nameAr: 'NO_SUCH_COLUMN', registrationNo: 'REG_NO' }) }, 422, 'mapping.nameAr'],
  [{ mapping: JSON.stringify({ colour: 'NAME_AR', registrationNo: 'REG_NO' }) }, 422, 'mapping.colour'],
  [{ mapping: JSON.stringify({ nameAr: 'NAME_AR' }) }, 422, 'mapping.registrationNo'],
  [
    { mapping: JSON.stringify({ registrationNo: 'REG_NO', 'resource.spaceship': 'KIND' }) },
    422,
    'mapping.resource:spaceship',
  ],
  [{ sourceSrs: 'EPSG:1' }, 400, 'sourceSrs'],
  [{ sourceSrs: 'EPSG:99999' }, 422, 'file'],
  [{ encoding: 'EBCDIC' }, 400, 'encoding'],
  [{ colour: 'red' }, 400, 'colour'],
])('when the form says %j, then %i naming %s', async (fields, status, field) => {
  const reply = await world.as.gisQena.upload<Problem>({ name: 'ok.csv', data: GOOD_CSV }, fields);
  expect(reply.status).toBe(status);
  expect(reply.body.errors?.map((e) => e.field)).toContain(field);
});

test('when the request is not multipart, then 400 asks for the file field', async () => {
  const reply = await world.as.gisQena.json<Problem>('POST', '/api/imports', { file: 'x' });
  expect(reply.status).toBe(400);
  expect(reply.body.errors?.[0]?.field).toBe('file');
});

test('when all that is over, then the server is healthy and still imports', async () => {
  const health = await fetch(`${world.baseUrl}/healthz`);
  expect(health.status).toBe(200);
  const good = await world.as.gisQena.upload<{ counts: { valid: number } }>({ name: 'ok.csv', data: GOOD_CSV });
  expect(good.status).toBe(201);
  expect(good.body.counts.valid).toBe(1);
});
