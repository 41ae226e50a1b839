// GET /api/governorates and /api/districts: the real boundaries, named in Arabic and English.
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

interface Boundary {
  code: string;
  governorate?: string;
  nameAr: string;
  nameEn: string;
  population: number | null;
  geometry?: { type: string; coordinates: unknown[] };
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

test('when listing governorates, then the 27 come with ISO codes, Arabic names and 2017 population', async () => {
  const reply = await getJson<Boundary[]>(app.baseUrl, '/api/governorates');
  expect(reply.status).toBe(200);
  expect(reply.body).toHaveLength(27);
  const qena = reply.body.find((g) => g.code === 'EG-KN');
  expect(qena).toMatchObject({ nameAr: 'قنا', population: 3164281 });
  expect(qena?.geometry).toBeUndefined();
});

test('when geometry=true, then each governorate carries a MultiPolygon', async () => {
  const reply = await getJson<Boundary[]>(app.baseUrl, '/api/governorates?code=EG-KN,EG-LX&geometry=true');
  expect(reply.body.map((g) => g.code).sort()).toEqual(['EG-KN', 'EG-LX']);
  for (const governorate of reply.body) expect(governorate.geometry?.type).toBe('MultiPolygon');
});

test("when listing Qena's districts, then the nine markaz come with correct Arabic names", async () => {
  const reply = await getJson<Boundary[]>(app.baseUrl, '/api/districts?governorate=EG-KN');
  const names = Object.fromEntries(reply.body.map((d) => [d.code, d.nameAr]));
  expect(names).toEqual({
    'EG.QN.QM': 'قنا',
    'EG.QN.AT': 'أبو تشت',
    'EG.QN.FR': 'فرشوط',
    'EG.QN.NH': 'نجع حمادي',
    'EG.QN.QJ': 'دشنا',
    'EG.QN.WA': 'الوقف',
    'EG.QN.QA': 'قفط',
    'EG.QN.QS': 'قوص',
    'EG.QN.NE': 'نقادة',
  });
  for (const district of reply.body) expect(district.governorate).toBe('EG-KN');
});

test('when listing Luxor districts, then Esna and Armant are there (they left Qena in 2009)', async () => {
  const reply = await getJson<Boundary[]>(app.baseUrl, '/api/districts?governorate=EG-LX');
  const english = reply.body.map((d) => d.nameEn);
  expect(english).toEqual(expect.arrayContaining(['Armant', 'Esna']));
});
