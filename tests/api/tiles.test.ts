// Vector tiles of associations: decoded contents against SQL written independently, clusters that add up,
// HTTP caching (ETag, 304, gzip), bad coordinates, and a cache that forgets a tile as soon as the data changes.
import { createUserAccount } from '../../server/src/features/users/users.service';
import type { ImportResult } from '../../contracts/imports';
import { csv } from '../support/fixtures/gdal-fixtures';
import { ImportClient } from '../support/fixtures/import-client';
import { QUS } from '../support/fixtures/import-world';
import { createRegistryDatabase } from '../support/registry-database';
import { SessionClient } from '../support/session-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { fetchAssociationTile } from '../support/association-tiles';
import { tileOf, type TileAddress as Tile } from '../support/tile-math';

const lonOf = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const latOf = (y: number, z: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** Ids whose point lies in the tile grown by the 64/4096 buffer, by longitude and latitude alone. */
async function idsInTile(app: TestApp, { z, x, y }: Tile, where = 'true'): Promise<number[]> {
  const b = 64 / 4096;
  const result = await app.db.raw<{ rows: { id: number }[] }>(
    `SELECT id FROM associations a
      WHERE a.deleted_at IS NULL AND ST_X(a.geom) BETWEEN ? AND ? AND ST_Y(a.geom) BETWEEN ? AND ? AND ${where}
      ORDER BY id`,
    [lonOf(x - b, z), lonOf(x + 1 + b, z), latOf(y + 1 + b, z), latOf(y - b, z)],
  );
  return result.rows.map((row) => row.id);
}

/** Every tile at zoom z that holds a live association. */
async function occupiedTiles(app: TestApp, z: number): Promise<Tile[]> {
  const rows = (
    await app.db.raw<{ rows: { lon: number; lat: number }[] }>(
      'SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM associations WHERE deleted_at IS NULL',
    )
  ).rows;
  const keys = new Set(rows.map(({ lon, lat }) => JSON.stringify(tileOf(lon, lat, z))));
  return [...keys].map((key) => JSON.parse(key) as Tile);
}

/** Counts and members over all tiles of a zoom: clusters plus single associations. */
async function totalsAt(app: TestApp, z: number, query = ''): Promise<{ count: number; members: number }> {
  const totals = { count: 0, members: 0 };
  for (const tile of await occupiedTiles(app, z)) {
    const decoded = await fetchAssociationTile(app, tile, query);
    for (const cluster of decoded.clusters) {
      totals.count += cluster.count;
      totals.members += cluster.members;
    }
    totals.count += decoded.associations.length;
    totals.members += decoded.associations.reduce((sum, point) => sum + Number(point.properties.members), 0);
  }
  return totals;
}

async function sqlTotals(app: TestApp, where = 'true'): Promise<{ count: number; members: number }> {
  const result = await app.db.raw<{ rows: { count: number; members: number }[] }>(
    `SELECT count(*)::int AS count, coalesce(sum(members), 0)::int AS members
       FROM associations a WHERE a.deleted_at IS NULL AND ${where}`,
  );
  return result.rows[0] ?? { count: -1, members: -1 };
}

const HEALTH = "a.id IN (SELECT association_id FROM association_sectors WHERE sector_code = 'health')";
const NURSERY = "a.id IN (SELECT association_id FROM association_resources WHERE resource_code = 'nursery')";

const FILTERS: [string, string][] = [
  ['', 'true'],
  ['kind=central', "a.kind = 'central'"],
  ['intlCoop=true&status=active', "a.intl_coop AND a.status = 'active'"],
  ['district=EG.QN.QS,EG.QN.NH', "a.district_code IN ('EG.QN.QS', 'EG.QN.NH')"],
  ['sector=health', HEALTH],
  [
    'resource=computer:3&minMembers=50',
    `a.members >= 50 AND a.id IN (SELECT association_id FROM association_resources
                                  WHERE resource_code = 'computer' AND quantity >= 3)`,
  ],
  // One sector or one resource, with places only: summed from the facet grid up to zoom 11.
  ['resource=nursery', NURSERY],
  ['sector=health&governorate=EG-KN', `${HEALTH} AND a.governorate_code = 'EG-KN'`],
  [
    'resource=dispensary:1&district=EG.QN.QS,EG.QN.NH',
    `a.district_code IN ('EG.QN.QS', 'EG.QN.NH')
     AND a.id IN (SELECT association_id FROM association_resources WHERE resource_code = 'dispensary')`,
  ],
];

describe('on the shared demo registry', () => {
  let app: TestApp;
  let busiest: Tile;
  beforeAll(async () => {
    app = await startTestApp();
    const row = (
      await app.db.raw<{ rows: { lon: number; lat: number }[] }>(
        `SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM associations
          WHERE district_code = 'EG.QN.QS' ORDER BY id LIMIT 1`,
      )
    ).rows[0];
    busiest = tileOf(row?.lon ?? 0, row?.lat ?? 0, 14);
  });
  afterAll(() => app.stop());

  test.each(FILTERS)(
    'when a point tile is asked with "%s", then it holds exactly the matching associations',
    async (query, where) => {
      const decoded = await fetchAssociationTile(app, busiest, query);
      const expected = await idsInTile(app, busiest, where);
      expect(decoded.clusters).toEqual([]);
      expect(decoded.associations.map((point) => point.id).sort((a, b) => a - b)).toEqual(expected);
    },
  );

  test('a point carries what the map draws and nothing else', async () => {
    const [point] = (await fetchAssociationTile(app, busiest)).associations;
    expect(Object.keys(point?.properties ?? {}).sort()).toEqual(['intlCoop', 'kind', 'members', 'status']);
  });

  test.each([0, 5, 8, 10, 13])(
    'when clusters are drawn at zoom %i, then they add up to every association and its members',
    async (z) => {
      expect(await totalsAt(app, z)).toEqual(await sqlTotals(app));
    },
  );

  test.each(FILTERS.slice(1))(
    'when clusters are drawn with "%s", then they add up to the filtered count',
    async (query, where) => {
      const expected = await sqlTotals(app, where);
      expect(expected.count).toBeGreaterThan(0);
      expect(await totalsAt(app, 9, query)).toEqual(expected);
    },
  );

  test.each([
    ['sector=health', 11, HEALTH],
    ['sector=health', 12, HEALTH],
    ['resource=nursery', 11, NURSERY],
    ['resource=nursery', 12, NURSERY],
  ])(
    'when "%s" is drawn at zoom %i, from the facet grid (11) or on the fly (12), then it adds up',
    async (query, z, where) => {
      expect(await totalsAt(app, z, query)).toEqual(await sqlTotals(app, where));
    },
  );

  test('when a tile is fetched, then it is a gzipped vector tile with an ETag, 304 when it is sent back', async () => {
    const url = `${app.baseUrl}/tiles/associations/${busiest.z}/${busiest.x}/${busiest.y}.mvt`;
    const first = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('etag')).not.toBe(etag);
    expect(Buffer.from(await plain.arrayBuffer())).toEqual(Buffer.from(await first.arrayBuffer()));
  });

  test('when a tile is asked with HEAD, then the headers of GET come without a body', async () => {
    const url = `${app.baseUrl}/tiles/associations/${busiest.z}/${busiest.x}/${busiest.y}.mvt`;
    const [get, head] = await Promise.all([fetch(url), fetch(url, { method: 'HEAD' })]);
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  test('when a filter is repeated, then the tile is the one of its comma-separated list', async () => {
    const repeated = await fetchAssociationTile(app, busiest, 'kind=civil&kind=central&intlCoop=true');
    const listed = await fetchAssociationTile(app, busiest, 'kind=civil,central&intlCoop=true');
    expect(repeated.status).toBe(200);
    expect(repeated).toEqual(listed);
  });

  test('when something other than a tile is asked under /tiles, then 404 problem', async () => {
    for (const path of ['/tiles/associations/3/0/0.png', '/tiles/associations/3/0.mvt', '/tiles/villages/3/0/0.mvt']) {
      const response = await fetch(`${app.baseUrl}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        404,
        expect.stringContaining('application/problem+json'),
      ]);
    }
  });

  test('when a tile holds nothing, then 204 with no body', async () => {
    const response = await fetch(`${app.baseUrl}/tiles/associations/10/0/0.mvt`);
    expect(response.status).toBe(204);
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  test.each([
    ['23/0/0.mvt', 'z'],
    ['3/8/0.mvt', 'x'],
    ['3/0/8.mvt', 'y'],
    ['3/1.5/0.mvt', 'x'],
    ['-1/0/0.mvt', 'z'],
    ['a/0/0.mvt', 'z'],
    ['3/0/0.mvt?colour=red', 'colour'],
    ['3/0/0.mvt?kind=villa', 'kind'],
    ['3/0/0.mvt?minMembers=9&maxMembers=3', 'maxMembers'],
    ['3/%E0%A4/0.mvt', 'x'],
  ])('when %s is asked, then 400 problem naming %s', async (path, field) => {
    const response = await fetch(`${app.baseUrl}/tiles/associations/${path}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: { field: string }[] };
    expect(body.errors.map((error) => error.field)).toContain(field);
  });
});

/** The NOTIFY of a commit reaches the server a moment after the commit: give `read` two seconds to see `expected`. */
async function soon<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 2000;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = await read();
  }
  return value;
}

describe('when the data changes', () => {
  let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;
  let app: TestApp;
  let admin: SessionClient;
  let id: number;
  let tile: Tile;
  const membersInTile = async () =>
    (await fetchAssociationTile(app, tile)).associations.find((point) => point.id === id)?.properties.members;
  beforeAll(async () => {
    scratch = await createRegistryDatabase('civic_atlas_tiles');
    app = await startTestApp(scratch.url);
    await createUserAccount(scratch.db, {
      email: 'admin@atlas.test',
      password: 'a long enough password',
      role: 'admin',
      governorates: [],
      associationId: null,
    });
    admin = new SessionClient(app.baseUrl);
    await admin.signIn('admin@atlas.test', 'a long enough password');
    const row = (
      await scratch.db.raw<{ rows: { id: number; lon: number; lat: number }[] }>(
        `SELECT id, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM associations
          WHERE governorate_code = 'EG-KN' ORDER BY id LIMIT 1`,
      )
    ).rows[0];
    id = row?.id ?? 0;
    tile = tileOf(row?.lon ?? 0, row?.lat ?? 0, 14);
    // The cache holds tiles only while the server listens for data versions.
    for (let tries = 0; tries < 50; tries += 1) {
      const listening = await scratch.db.raw<{ rows: unknown[] }>(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'",
      );
      if (listening.rows.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  afterAll(async () => {
    await app.stop();
    await scratch.drop();
  });

  test('when a change bypasses the triggers, then the cached tile is still served (the cache is in use)', async () => {
    const before = await membersInTile();
    await scratch.db.transaction(async (trx) => {
      await trx.raw("SET LOCAL session_replication_role = 'replica'");
      await trx.raw('UPDATE associations SET members = members + 1000 WHERE id = ?', [id]);
    });
    expect(await membersInTile()).toBe(before);
    await scratch.db.transaction(async (trx) => {
      await trx.raw("SET LOCAL session_replication_role = 'replica'");
      await trx.raw('UPDATE associations SET members = members - 1000 WHERE id = ?', [id]);
    });
  });

  test('when an admin edits through the API, then the next tile shows the edit', async () => {
    expect(await membersInTile()).toBeDefined();
    const { version } = await scratch.db('associations').where({ id }).first<{ version: number }>('version');
    const reply = await admin.request('PATCH', `/api/associations/${id}`, { members: 4321, version });
    expect(reply.status).toBe(200);
    expect(await soon(membersInTile, 4321)).toBe(4321);
  });

  test('when an association is placed at its village, then its point says so; an exact one says nothing', async () => {
    const precisionInTile = async () =>
      (await fetchAssociationTile(app, tile)).associations.find((point) => point.id === id)?.properties.precision;
    expect(await precisionInTile()).toBeUndefined();
    await scratch.db.raw("UPDATE associations SET location_precision = 'village' WHERE id = ?", [id]);
    expect(await soon(precisionInTile, 'village')).toBe('village');
    await scratch.db.raw("UPDATE associations SET location_precision = 'exact' WHERE id = ?", [id]);
    expect(await soon(precisionInTile, undefined)).toBeUndefined();
  });

  test('when an association is renamed with a new word, then tiles filtered by that word show it', async () => {
    // The tiles of one data version share what a text filter stands for; a new version must forget it.
    const query = `q=${encodeURIComponent('زمرديه')}`;
    const holdsIt = async () =>
      (await fetchAssociationTile(app, tile, query)).associations.some((point) => point.id === id);
    expect(await holdsIt()).toBe(false);
    const { version } = await scratch.db('associations').where({ id }).first<{ version: number }>('version');
    const reply = await admin.request('PATCH', `/api/associations/${id}`, {
      nameAr: 'جمعية الزمردية للتنمية',
      version,
    });
    expect(reply.status).toBe(200);
    expect(await soon(holdsIt, true)).toBe(true);
  });

  test('when an import-like statement changes rows, then the next tile shows it and clusters add up', async () => {
    await membersInTile();
    await scratch.db.raw('UPDATE associations SET members = 1234 WHERE id = ?', [id]);
    expect(await soon(membersInTile, 1234)).toBe(1234);
    await scratch.db.raw("UPDATE associations SET deleted_at = now() WHERE district_code = 'EG.QN.QS'");
    await scratch.db.raw(
      `UPDATE associations SET geom = ST_SetSRID(ST_MakePoint(32.70, 26.05), 4326)
        WHERE id IN (SELECT id FROM associations WHERE district_code = 'EG.QN.NH' LIMIT 5)`,
    );
    await scratch.db.raw(
      "DELETE FROM associations WHERE id IN (SELECT id FROM associations WHERE governorate_code = 'EG-LX' LIMIT 7)",
    );
    const everything = await sqlTotals(app);
    for (const z of [4, 9, 12]) expect(await soon(() => totalsAt(app, z), everything)).toEqual(everything);
    const cooperating = await sqlTotals(app, 'a.intl_coop');
    expect(await soon(() => totalsAt(app, 9, 'intlCoop=true'), cooperating)).toEqual(cooperating);
    for (const [query, where] of [
      ['sector=health', HEALTH],
      ['resource=nursery', NURSERY],
    ]) {
      const expected = await sqlTotals(app, where);
      for (const z of [4, 9]) expect(await soon(() => totalsAt(app, z, query), expected)).toEqual(expected);
    }
  });

  test('when an edit replaces sectors and resources, then facet tiles move it and its version moves once', async () => {
    const someone = (
      await scratch.db.raw<{ rows: { id: number; version: number }[] }>(
        `SELECT id, version FROM associations a
          WHERE deleted_at IS NULL AND ${HEALTH} AND NOT (${NURSERY}) ORDER BY id LIMIT 1`,
      )
    ).rows[0] ?? { id: 0, version: 0 };
    const reply = await admin.request<{ version: number }>('PATCH', `/api/associations/${someone.id}`, {
      sectors: ['orphans'],
      resources: { nursery: 2 },
      version: someone.version,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.version).toBe(someone.version + 1);
    for (const [query, where] of [
      ['sector=health', HEALTH],
      ['resource=nursery', NURSERY],
    ]) {
      const expected = await sqlTotals(app, where);
      expect(await soon(() => totalsAt(app, 6, query), expected)).toEqual(expected);
    }
  });

  test('when sector and resource rows change in any way, then every association has them as facets', async () => {
    await scratch.db.raw(`UPDATE association_resources r SET resource_code = 'vehicle'
                           WHERE resource_code = 'nursery' AND association_id % 3 = 0
                             AND NOT EXISTS (SELECT 1 FROM association_resources v
                                              WHERE v.association_id = r.association_id
                                                AND v.resource_code = 'vehicle')`);
    await scratch.db.raw("DELETE FROM association_sectors WHERE sector_code = 'health' AND association_id % 2 = 0");
    const stale = await scratch.db.raw<{ rows: { id: number }[] }>(
      `SELECT a.id FROM associations a LEFT JOIN association_facet_lists f ON f.association_id = a.id
        WHERE a.facets IS DISTINCT FROM coalesce(f.facets, '{}')`,
    );
    expect(stale.rows).toEqual([]);
    const expected = await sqlTotals(app, NURSERY);
    expect(await soon(() => totalsAt(app, 9, 'resource=nursery'), expected)).toEqual(expected);
  });

  test('when an import is committed and undone, then points, clusters and facet clusters follow both', async () => {
    const importer = await ImportClient.signedIn(app.baseUrl, 'admin@atlas.test', 'a long enough password');
    const header = ['REG_NO', 'NAME_AR', 'KIND', 'MEMBERS', 'SECTORS', 'NURSERY', 'lon', 'lat'];
    const rows = [
      ['TILE-1', 'جمعية البلاط', 'civil', 9, 'health', '1', ...QUS],
      ['TILE-2', 'جمعية البلاط الثانية', 'central', 3, 'health', null, ...QUS],
    ];
    const dryRun = await importer.upload<ImportResult>({ name: 'tiles.csv', data: Buffer.from(csv(header, rows)) });
    const qus = tileOf(QUS[0], QUS[1], 14);
    const pointIds = async () => (await fetchAssociationTile(app, qus)).associations.map((point) => point.id);
    const before = (await pointIds()).sort((a, b) => a - b);
    const checkTotals = async () => {
      for (const [query, where] of [
        ['', 'true'],
        ['sector=health', HEALTH],
        ['resource=nursery', NURSERY],
      ]) {
        const expected = await sqlTotals(app, where);
        expect(await soon(() => totalsAt(app, 7, query), expected)).toEqual(expected);
      }
    };

    expect((await importer.json('POST', `/api/imports/${dryRun.body.id}/commit`, {})).status).toBe(200);
    const imported = (await scratch
      .db('associations')
      .whereIn('registration_no', ['TILE-1', 'TILE-2'])
      .orderBy('id')
      .pluck('id')) as number[];
    const withImported = [...before, ...imported].sort((a, b) => a - b);
    expect(await soon(async () => (await pointIds()).sort((a, b) => a - b), withImported)).toEqual(withImported);
    await checkTotals();

    expect((await importer.json('POST', `/api/imports/${dryRun.body.id}/undo`)).status).toBe(200);
    expect(await soon(async () => (await pointIds()).sort((a, b) => a - b), before)).toEqual(before);
    await checkTotals();
  });

  test('when sectors are added directly, then tiles filtered by that sector show them', async () => {
    const orphans = "a.id IN (SELECT association_id FROM association_sectors WHERE sector_code = 'orphans')";
    await totalsAt(app, 9, 'sector=orphans');
    await scratch.db.raw(`INSERT INTO association_sectors (association_id, sector_code)
                          SELECT id, 'orphans' FROM associations a WHERE NOT (${orphans}) ORDER BY id LIMIT 25`);
    const expected = await sqlTotals(app, orphans);
    expect(await soon(() => totalsAt(app, 9, 'sector=orphans'), expected)).toEqual(expected);
  });
});
