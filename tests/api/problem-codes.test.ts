// Every refusal carries a machine code from the one list in contracts/problem-codes.ts, and each errors[] entry its
// own code with its parameters: a bad parameter, a bad body, an unknown id, a stale version, a signed-out caller, a
// role that may not, a throttled sign-in, a body too large and an unreadable import file, among others.
import { importRowError, type ImportResult } from '../../contracts/imports';
import { problem, type Problem } from '../../contracts/problem';
import { LEGACY_CODES, PROBLEM_CODES } from '../../contracts/problem-codes';
import { FREE_FAILURES_PER_ACCOUNT } from '../../server/src/features/auth/login-throttle.queries';
import { csv } from '../support/fixtures/gdal-fixtures';
import { startImportWorld, type ImportWorld, PASSWORD } from '../support/fixtures/import-world';
import type { Reply } from '../support/fixtures/import-client';

let world: ImportWorld;
let id: number;

beforeAll(async () => {
  world = await startImportWorld('civic_atlas_problem_codes');
  const first = await world
    .db('associations')
    .where({ governorate_code: 'EG-KN' })
    .orderBy('id')
    .first<{ id: number }>('id');
  id = first.id;
});
afterAll(() => world.stop());

const get = (path: string) => world.as.public.json('GET', path);

/** Reads the profile, changes it once, then sends the version it read again. */
async function staleEdit(): Promise<Reply> {
  const read = await world.as.gisQena.json<{ version: number; members: number }>('GET', `/api/associations/${id}`);
  await world.as.gisQena.json('PATCH', `/api/associations/${id}`, {
    members: read.body.members + 1,
    version: read.body.version,
  });
  return world.as.gisQena.json('PATCH', `/api/associations/${id}`, {
    members: read.body.members + 2,
    version: read.body.version,
  });
}

async function throttledSignIn(): Promise<Reply> {
  const email = 'official@atlas.test';
  await world.db('login_attempts').insert(
    Array.from({ length: FREE_FAILURES_PER_ACCOUNT }, (_, i) => ({
      email,
      address: `192.0.2.${i}`,
      succeeded: false,
    })),
  );
  return world.as.public.json('POST', '/api/auth/login', { email, password: PASSWORD });
}

const REFUSALS: [string, number, string, () => Promise<Reply>][] = [
  ['a bad query parameter', 400, 'invalid_parameter', () => get('/api/associations?minMembers=-5')],
  ['a bad path parameter', 400, 'invalid_parameter', () => get('/api/associations/abc')],
  [
    'a bad body',
    400,
    'invalid_body',
    () => world.as.gisQena.json('PATCH', `/api/associations/${id}`, { members: -1, nameAr: '', version: 1 }),
  ],
  [
    'a body that is not JSON',
    400,
    'invalid_json',
    async () => {
      const reply = await fetch(`${world.baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"email":',
      });
      return { status: reply.status, headers: reply.headers, body: await reply.json(), text: '' };
    },
  ],
  ['an unknown id', 404, 'not_found', () => get('/api/associations/999999999')],
  ['an unknown path', 404, 'not_found', () => get('/api/nothing-here')],
  ['a stale version', 409, 'version_conflict', staleEdit],
  [
    'an edit without a version',
    428,
    'version_required',
    () => world.as.gisQena.json('PATCH', `/api/associations/${id}`, { members: 3 }),
  ],
  [
    'a signed-out write',
    401,
    'unauthenticated',
    () => world.as.public.json('PATCH', `/api/associations/${id}`, { members: 3, version: 1 }),
  ],
  [
    'a role that may not edit',
    403,
    'forbidden',
    () => world.as.official.json('PATCH', `/api/associations/${id}`, { members: 3, version: 1 }),
  ],
  [
    'a wrong password',
    401,
    'invalid_credentials',
    () => world.as.public.json('POST', '/api/auth/login', { email: 'admin@atlas.test', password: 'not it at all' }),
  ],
  ['a throttled sign-in', 429, 'too_many_requests', throttledSignIn],
  [
    'a body too large',
    413,
    'payload_too_large',
    () => world.as.gisQena.json('PATCH', `/api/associations/${id}`, { address: 'ب'.repeat(1_100_000) }),
  ],
  [
    'an unreadable import file',
    422,
    'import_unreadable_file',
    () =>
      world.as.gisQena.upload({
        name: 'bad.geojson',
        data: Buffer.from('{"type": "FeatureCollection", "features": ['),
      }),
  ],
  [
    'an empty import file',
    422,
    'import_empty_file',
    () => world.as.gisQena.upload({ name: 'empty.csv', data: Buffer.alloc(0) }),
  ],
];

test.each(REFUSALS)(
  'when %s, then %i problem+json with code %s from the contract list',
  async (_name, status, code, send) => {
    const reply = await send();
    expect(reply.status).toBe(status);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    // The contract's schema holds `code` and every errors[].code to the list: parsing fails on any other.
    const parsed = problem.safeParse(reply.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.code).toBe(code);
  },
);

test('when a body breaks zod rules, then each field says which, with the bound beside it', async () => {
  const reply = await world.as.gisQena.json<Problem>('PATCH', `/api/associations/${id}`, {
    members: -1,
    nameAr: '',
    kind: 'federal',
    version: 1,
  });
  expect(reply.body.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'members', code: 'too_small', minimum: 0, origin: 'number' }),
      expect.objectContaining({ field: 'nameAr', code: 'required' }),
      expect.objectContaining({ field: 'kind', code: 'invalid_value', values: ['civil', 'central'] }),
    ]),
  );
});

test('when a query parameter is refused, then its entry carries zod’s code and bound', async () => {
  const reply = await get('/api/associations?limit=10001&colour=red');
  expect((reply.body as Problem).errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'limit', code: 'too_big', maximum: 10_000 }),
      { field: 'colour', code: 'unrecognized_keys', message: 'is not a known parameter' },
    ]),
  );
});

const BAD_ROWS = csv(
  [
    'REG',
    'NAME',
    'KIND',
    'MEMBERS',
    'FOUNDED',
    'PHONE',
    'EMAIL',
    'SECTORS',
    'INTL',
    'PARTNER',
    'GOVERNORATE',
    'VILLAGE',
    'lon',
    'lat',
  ],
  [
    ['PC-1', 'جمعية أولى', 'أهلية', -3, 'أمس', 'abc', 'no-mail', 'الفضاء', 'ربما', null, null, null, 32.7167, 26.1642],
    ['PC-1', 'جمعية ثانية', 'نوع غريب', 'كثير', null, null, null, null, 'لا', 'UNDP', null, null, 33, 15],
    ['PC-3', null, 'أهلية', 5, null, null, null, null, null, null, 'قنا', 'قرية لا وجود لها', null, null],
  ],
);
const BAD_ROWS_MAPPING = {
  registrationNo: 'REG',
  nameAr: 'NAME',
  kind: 'KIND',
  members: 'MEMBERS',
  foundedOn: 'FOUNDED',
  phone: 'PHONE',
  email: 'EMAIL',
  sectors: 'SECTORS',
  intlCoop: 'INTL',
  partner: 'PARTNER',
  governorate: 'GOVERNORATE',
  village: 'VILLAGE',
};

test('when an import has bad rows, then each report line has a code from the list, with its parameters', async () => {
  const reply = await world.as.gisQena.upload<ImportResult>(
    { name: 'bad-rows.csv', data: Buffer.from(BAD_ROWS) },
    { mapping: JSON.stringify(BAD_ROWS_MAPPING) },
  );
  expect(reply.status).toBe(201);
  for (const line of reply.body.errors) expect([line, importRowError.safeParse(line).success]).toEqual([line, true]);
  const byCode = (row: number) =>
    Object.fromEntries(reply.body.errors.filter((line) => line.row === row).map(({ field, code }) => [field, code]));
  expect(byCode(1)).toEqual({
    registrationNo: 'duplicate_in_file',
    members: 'too_small',
    foundedOn: 'not_a_date',
    phone: 'not_a_phone_number',
    email: 'invalid_format',
    sectors: 'unknown_sector',
    intlCoop: 'invalid_value',
  });
  expect(byCode(2)).toEqual({
    registrationNo: 'duplicate_in_file',
    kind: 'invalid_value',
    members: 'not_a_number',
    intlCoop: 'contradicts_partner',
    location: 'outside_egypt',
  });
  expect(byCode(3)).toEqual({ nameAr: 'required_for_new', location: 'unknown_village' });
  expect(reply.body.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ row: 1, field: 'members', minimum: 0, origin: 'number' }),
      expect.objectContaining({ row: 2, field: 'kind', value: 'نوع غريب', values: ['civil', 'central'] }),
      expect.objectContaining({ row: 3, field: 'location', value: 'قرية لا وجود لها', governorate: 'EG-KN' }),
    ]),
  );
});

test('every code is snake_case, but for the older ones tests name', () => {
  const odd = PROBLEM_CODES.filter((code) => !/^[a-z]+(_[a-z0-9]+)*$/.test(code));
  expect(odd.sort()).toEqual([...LEGACY_CODES].sort());
  expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
});
