// A deployment's own extract: BASEMAP_PMTILES names a PMTiles archive, which the server announces and serves with
// range requests; the archive our writer makes is read back by the pmtiles library; a bad file stops the start.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { loadConfig } from '../../server/src/config';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';
import { writeExtractArchive } from '../support/extract-archive';

let builtin: TestApp;
let withArchive: TestApp;
let archive: string;

beforeAll(async () => {
  builtin = await startTestApp();
  archive = await writeExtractArchive(builtin.db);
  withArchive = await startTestApp(undefined, { env: { BASEMAP_PMTILES: archive } });
});
afterAll(async () => {
  await builtin.stop();
  await withArchive.stop();
});

/** The archive file as a pmtiles Source, read the way a browser reads it: by byte ranges. */
const fileSource = (file: string): Source => {
  const bytes = readFileSync(file);
  return {
    getKey: () => file,
    getBytes: (offset: number, length: number): Promise<RangeResponse> => {
      const slice = bytes.subarray(offset, offset + length);
      return Promise.resolve({ data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) });
    },
  };
};

test('when no archive is set, then the map is told to draw the built-in basemap and none is served', async () => {
  expect((await getJson(builtin.baseUrl, '/api/basemap')).body).toEqual({ source: 'builtin' });
  expect((await fetch(`${builtin.baseUrl}/basemap/archive.pmtiles`)).status).toBe(404);
});

test('when BASEMAP_PMTILES names an archive, then it is announced and served by byte ranges', async () => {
  expect((await getJson(withArchive.baseUrl, '/api/basemap')).body).toEqual({
    source: 'pmtiles',
    url: '/basemap/archive.pmtiles',
  });

  const head = await fetch(`${withArchive.baseUrl}/basemap/archive.pmtiles`, { headers: { range: 'bytes=0-126' } });
  expect(head.status).toBe(206);
  expect(head.headers.get('content-range')).toMatch(/^bytes 0-126\/\d+$/);
  const bytes = Buffer.from(await head.arrayBuffer());
  expect(bytes.length).toBe(127);
  expect(bytes.toString('latin1', 0, 7)).toBe('PMTiles');
});

test('when the pmtiles library reads the written archive, then its header and tiles are what was written', async () => {
  const reader = new PMTiles(fileSource(archive));
  const header = await reader.getHeader();
  expect(header).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: 12, tileType: 1 });
  const tile = await reader.getZxy(10, 605, 434);
  expect(tile?.data.byteLength).toBeGreaterThan(100);
  expect(await reader.getZxy(10, 0, 0)).toBeUndefined();
});

test('when BASEMAP_PMTILES names a file that is no archive, then the configuration is refused, naming it', () => {
  const notAnArchive = path.join(path.dirname(archive), 'not-an-archive.pmtiles');
  writeFileSync(notAnArchive, 'PK\u0003\u0004 a zip');
  expect(() => loadConfig({ BASEMAP_PMTILES: notAnArchive })).toThrow(
    /BASEMAP_PMTILES must name a readable PMTiles v3 archive/,
  );
  expect(() => loadConfig({ BASEMAP_PMTILES: '/nowhere/egypt.pmtiles' })).toThrow(/BASEMAP_PMTILES/);
});
