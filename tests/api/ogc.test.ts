// OGC API Features at /ogc: landing page, conformance, collections, items with filters, paging links, CRSs and HTML.
import type { AssociationCollection } from '../../contracts/association';
import type { OgcCollection, OgcFeature, OgcLink } from '../../contracts/ogc-documents';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Page {
  numberMatched: number;
  numberReturned: number;
  timeStamp: string;
  links: OgcLink[];
  features: OgcFeature[];
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const linkOf = (links: OgcLink[], rel: string) => links.find((link) => link.rel === rel && link.type !== 'text/html');
const EPSG = (code: number) => `http://www.opengis.net/def/crs/EPSG/0/${code}`;

test('when a client opens /ogc, then the landing page links the API definition, conformance, collections', async () => {
  const reply = await getJson<{ title: string; links: OgcLink[] }>(app.baseUrl, '/ogc');
  expect(reply.status).toBe(200);
  expect(reply.contentType).toContain('application/json');
  expect(linkOf(reply.body.links, 'service-desc')?.href).toBe(`${app.baseUrl}/api/openapi.json`);
  expect(linkOf(reply.body.links, 'conformance')?.href).toBe(`${app.baseUrl}/ogc/conformance`);
  expect(linkOf(reply.body.links, 'data')?.href).toBe(`${app.baseUrl}/ogc/collections`);
  const conformance = await getJson<{ conformsTo: string[] }>(app.baseUrl, '/ogc/conformance');
  expect(conformance.body.conformsTo).toEqual(
    expect.arrayContaining([
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
      'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
      'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
    ]),
  );
});

test('when collections are listed, then all five are there with an extent and their CRSs', async () => {
  const reply = await getJson<{ collections: OgcCollection[] }>(app.baseUrl, '/ogc/collections');
  expect(reply.body.collections.map((c) => c.id)).toEqual([
    'associations',
    'governorates',
    'districts',
    'villages',
    'social-units',
  ]);
  for (const collection of reply.body.collections) {
    const [minLon, minLat, maxLon, maxLat] = collection.extent.spatial.bbox[0] ?? [];
    expect(minLon).toBeGreaterThan(24);
    expect(maxLat).toBeLessThan(32);
    expect(minLat).toBeLessThan(maxLat ?? 0);
    expect(maxLon).toBeGreaterThan(minLon ?? 0);
    expect(collection.crs).toEqual(expect.arrayContaining([EPSG(22992), EPSG(32636)]));
    expect(linkOf(collection.links, 'items')?.type).toBe('application/geo+json');
  }
  const one = await getJson<OgcCollection>(app.baseUrl, '/ogc/collections/districts');
  expect(one.body.title).toMatch(/[\u0600-\u06FF]/);
});

test('when items are filtered like /api/associations, then they match the same associations', async () => {
  const filters = 'district=EG.QN.QS,EG.QN.QA&kind=civil&minMembers=20';
  const api = await getJson<AssociationCollection>(app.baseUrl, `/api/associations?${filters}&limit=10000`);
  const ogc = await getJson<Page>(app.baseUrl, `/ogc/collections/associations/items?${filters}&limit=10000`);
  expect(ogc.status).toBe(200);
  expect(ogc.contentType).toContain('application/geo+json');
  expect(ogc.headers.get('content-crs')).toBe('<http://www.opengis.net/def/crs/OGC/1.3/CRS84>');
  expect(ogc.body.numberMatched).toBe(api.body.numberMatched);
  expect(ogc.body.features.map((f) => f.id)).toEqual(api.body.features.map((f) => f.id));
  expect(ogc.body.features[0]?.properties).toEqual(api.body.features[0]?.properties);
  expect(Date.parse(ogc.body.timeStamp)).not.toBeNaN();
});

test('when following next links from the first page, then each feature comes once, and prev goes back', async () => {
  const whole = await getJson<Page>(app.baseUrl, '/ogc/collections/villages/items?governorate=EG-LX&limit=10000');
  let url: string | undefined = `${app.baseUrl}/ogc/collections/villages/items?governorate=EG-LX&limit=25`;
  const ids: (string | number)[] = [];
  let second: Page | undefined;
  while (url) {
    const page: Page = await fetch(url).then((r) => r.json() as Promise<Page>);
    expect(page.numberMatched).toBe(whole.body.numberMatched);
    if (ids.length === 25) second = page;
    ids.push(...page.features.map((f) => f.id));
    url = linkOf(page.links, 'next')?.href;
    // Keyset: the next page starts after this page's last id, however deep it is.
    if (url) expect(new URL(url).searchParams.get('after')).toBe(String(page.features.at(-1)?.id));
  }
  expect(ids).toEqual(whole.body.features.map((f) => f.id));
  expect(whole.body.numberMatched).toBeGreaterThan(50);
  const back: Page = await fetch(linkOf(second?.links ?? [], 'prev')?.href ?? '').then(
    (r) => r.json() as Promise<Page>,
  );
  expect(back.features.map((f) => f.id)).toEqual(ids.slice(0, 25));
  expect(linkOf(back.links, 'prev')).toBeUndefined();
});

test('when after is not an id of the collection, then 400 naming it', async () => {
  const reply = await getJson<{ errors: { field: string }[] }>(
    app.baseUrl,
    '/ogc/collections/associations/items?after=abc',
  );
  expect(reply.status).toBe(400);
  expect(reply.body.errors.map((error) => error.field)).toEqual(['after']);
});

test('when no limit is given, then 10 come back; above 10000, the page holds 10000 and its links say so', async () => {
  const first = await getJson<Page>(app.baseUrl, '/ogc/collections/associations/items');
  expect(first.body.numberReturned).toBe(10);
  const big = await getJson<Page>(app.baseUrl, '/ogc/collections/districts/items?limit=50000');
  expect(big.status).toBe(200);
  expect(linkOf(big.body.links, 'self')?.href).toContain('limit=10000');
});

test('when crs asks for Red Belt, UTM 36N or EPSG:4326, then PostGIS transforms; Content-Crs says which', async () => {
  const [feature] = (await getJson<Page>(app.baseUrl, '/ogc/collections/associations/items?limit=1')).body.features;
  const expected = await app.db.raw<{ rows: { x: number; y: number }[] }>(
    'SELECT ST_X(ST_Transform(geom, 22992)) AS x, ST_Y(ST_Transform(geom, 22992)) AS y FROM associations WHERE id = ?',
    [feature?.id ?? 0],
  );
  const redBelt = await getJson<OgcFeature>(
    app.baseUrl,
    `/ogc/collections/associations/items/${feature?.id}?crs=${EPSG(22992)}`,
  );
  expect(redBelt.headers.get('content-crs')).toBe(`<${EPSG(22992)}>`);
  const [x, y] = redBelt.body.geometry?.coordinates as [number, number];
  expect(x).toBeCloseTo(expected.rows[0]?.x ?? 0, 1);
  expect(y).toBeCloseTo(expected.rows[0]?.y ?? 0, 1);
  const utm = await getJson<OgcFeature>(
    app.baseUrl,
    `/ogc/collections/associations/items/${feature?.id}?crs=${EPSG(32636)}`,
  );
  expect((utm.body.geometry?.coordinates as number[])[1]).toBeGreaterThan(2_700_000);
  const latLon = await getJson<OgcFeature>(
    app.baseUrl,
    `/ogc/collections/associations/items/${feature?.id}?crs=${EPSG(4326)}`,
  );
  expect(latLon.body.geometry?.coordinates).toEqual([...(feature?.geometry?.coordinates ?? [])].reverse());
});

test('when bbox is given in another CRS, then it selects the same features as in CRS84', async () => {
  const corners = await app.db.raw<{ rows: { x1: number; y1: number; x2: number; y2: number }[] }>(
    `SELECT ST_XMin(b) AS x1, ST_YMin(b) AS y1, ST_XMax(b) AS x2, ST_YMax(b) AS y2
       FROM (SELECT ST_Transform(ST_MakeEnvelope(32.6, 26.0, 32.8, 26.2, 4326), 32636)::box2d AS b) AS t`,
  );
  const c = corners.rows[0];
  const inCrs84 = await getJson<Page>(
    app.baseUrl,
    '/ogc/collections/associations/items?bbox=32.6,26.0,32.8,26.2&limit=10000',
  );
  const inUtm = await getJson<Page>(
    app.baseUrl,
    `/ogc/collections/associations/items?bbox=${c?.x1},${c?.y1},${c?.x2},${c?.y2}&bbox-crs=${EPSG(32636)}&limit=10000`,
  );
  const inLatLon = await getJson<Page>(
    app.baseUrl,
    `/ogc/collections/associations/items?bbox=26.0,32.6,26.2,32.8&bbox-crs=${EPSG(4326)}&limit=10000`,
  );
  expect(inCrs84.body.numberMatched).toBeGreaterThan(0);
  expect(inLatLon.body.numberMatched).toBe(inCrs84.body.numberMatched);
  // The UTM box is the transformed one's envelope, so it holds at least the same features.
  expect(inUtm.body.features.map((f) => f.id)).toEqual(expect.arrayContaining(inCrs84.body.features.map((f) => f.id)));
});

test('when one feature is asked for, then it comes with links; unknown ids and collections are 404', async () => {
  const district = await getJson<OgcFeature>(app.baseUrl, '/ogc/collections/districts/items/EG.QN.QS');
  expect(district.status).toBe(200);
  expect(district.body).toMatchObject({ type: 'Feature', id: 'EG.QN.QS', geometry: { type: 'MultiPolygon' } });
  expect(linkOf(district.body.links ?? [], 'collection')?.href).toBe(`${app.baseUrl}/ogc/collections/districts`);
  expect((await getJson(app.baseUrl, '/ogc/collections/districts/items/EG.XX.XX')).status).toBe(404);
  expect((await getJson(app.baseUrl, '/ogc/collections/associations/items/abc')).status).toBe(404);
  expect((await getJson(app.baseUrl, '/ogc/collections/unicorns/items')).status).toBe(404);
});

test('when a parameter is unknown or malformed, then the answer is a 400 problem naming it', async () => {
  const unknown = await getJson<{ errors: { field: string }[] }>(
    app.baseUrl,
    '/ogc/collections/villages/items?kind=civil',
  );
  expect(unknown.status).toBe(400);
  expect(unknown.contentType).toContain('application/problem+json');
  expect(unknown.body.errors.map((e) => e.field)).toContain('kind');
  expect((await getJson(app.baseUrl, '/ogc/collections/associations/items?crs=EPSG:3857')).status).toBe(400);
  expect((await getJson(app.baseUrl, '/ogc/collections/associations/items?bbox=1,2,3')).status).toBe(400);
});

test('when the public reads associations through OGC, then no contact field or value is in them', async () => {
  const text = await fetch(`${app.baseUrl}/ogc/collections/associations/items?limit=10000`).then((r) => r.text());
  const phones = (await app.db('associations').whereNotNull('phone').limit(50).pluck('phone')) as string[];
  expect(phones.length).toBeGreaterThan(0);
  for (const phone of phones) expect(text).not.toContain(phone);
  expect(text).not.toMatch(/"(phone|email|contactPerson|contacts)"/);
});

test('when a browser asks (Accept: text/html or f=html), then it gets a page in Arabic with the features', async () => {
  const byAccept = await fetch(`${app.baseUrl}/ogc/collections/associations/items?district=EG.QN.QS`, {
    headers: { accept: 'text/html,*/*;q=0.8' },
  });
  expect(byAccept.headers.get('content-type')).toContain('text/html');
  const page = await byAccept.text();
  expect(page).toContain('dir="rtl"');
  expect(page).toMatch(/الجمعيات الأهلية/);
  expect(page).toContain('f=html');
  for (const path of [
    '/ogc',
    '/ogc/conformance',
    '/ogc/collections',
    '/ogc/collections/villages',
    '/ogc/collections/districts/items/EG.QN.QS',
  ]) {
    const reply = await fetch(`${app.baseUrl}${path}?f=html`);
    expect([path, reply.status, reply.headers.get('content-type')]).toEqual([
      path,
      200,
      expect.stringContaining('text/html'),
    ]);
  }
});
