// Keyset paging of /api/associations (`after=<id>`): the same pages as offset, and an exact count while it is cheap.
import type { AssociationCollection } from '../../contracts/association';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const list = (query: string) =>
  getJson<AssociationCollection & { numberMatchedEstimated?: boolean }>(app.baseUrl, `/api/associations?${query}`);
const ids = (collection: AssociationCollection) => collection.features.map((feature) => feature.id);

test('when paging after=<last id>, then pages match offset paging, in id order, with the whole count', async () => {
  const firstByOffset = await list('governorate=EG-KN&limit=100&offset=0');
  const secondByOffset = await list('governorate=EG-KN&limit=100&offset=100');
  const first = await list('governorate=EG-KN&limit=100');
  const second = await list(`governorate=EG-KN&limit=100&after=${ids(first.body).at(-1)}`);
  expect(ids(first.body)).toEqual(ids(firstByOffset.body));
  expect(ids(second.body)).toEqual(ids(secondByOffset.body));
  expect(second.body.numberMatched).toBe(first.body.numberMatched);
  expect(second.body.numberMatchedEstimated).toBeUndefined();
});

test('when after is past the last id, then an empty page', async () => {
  const reply = await list('after=2000000000');
  expect(reply.body).toMatchObject({ numberReturned: 0, features: [] });
});

test.each(['after=-1', 'after=x', 'after=1&after=2'])('when %s, then 400 naming after', async (query) => {
  const reply = await getJson<{ errors: { field: string }[] }>(app.baseUrl, `/api/associations?${query}`);
  expect(reply.status).toBe(400);
  expect(reply.body.errors.map((error) => error.field)).toContain('after');
});
