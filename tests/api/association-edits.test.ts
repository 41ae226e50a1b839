// Editing by role: the role × endpoint matrix, sensitive fields, optimistic concurrency and the audit trail.
import type { Role } from '../../contracts/auth';
import { createUserAccount } from '../../server/src/features/users/users.service';
import { createRegistryDatabase } from '../support/registry-database';
import { SessionClient } from '../support/session-client';
import { startTestApp, type TestApp } from '../support/test-app';

const PASSWORD = 'a long enough password';
const QUS = [32.7597, 25.9156];
const LUXOR = [32.6396, 25.6872];

type Profile = {
  id: number;
  version: number;
  members: number;
  governorate: { code: string };
  contacts?: { phone: string | null };
};
type Actor = 'public' | 'coordinator' | 'official' | 'gisLuxor' | 'gisQena' | 'admin';

let scratch: Awaited<ReturnType<typeof createRegistryDatabase>>;
let app: TestApp;
let qenaId: number;
let otherQenaId: number;
let luxorId: number;
const clients = {} as Record<Actor, SessionClient>;

async function firstId(governorate: string, offset = 0): Promise<number> {
  const row = await scratch
    .db('associations')
    .where({ governorate_code: governorate })
    .orderBy('id')
    .offset(offset)
    .first<{ id: number }>('id');
  return row.id;
}

beforeAll(async () => {
  scratch = await createRegistryDatabase('civic_atlas_edits');
  app = await startTestApp(scratch.url);
  [qenaId, otherQenaId, luxorId] = [await firstId('EG-KN'), await firstId('EG-KN', 1), await firstId('EG-LX')];
  const accounts: [Actor, Role, string[], number | null][] = [
    ['coordinator', 'coordinator', [], qenaId],
    ['official', 'official', ['EG-KN'], null],
    ['gisLuxor', 'gis', ['EG-LX'], null],
    ['gisQena', 'gis', ['EG-KN'], null],
    ['admin', 'admin', [], null],
  ];
  clients.public = new SessionClient(app.baseUrl);
  for (const [actor, role, governorates, associationId] of accounts) {
    await createUserAccount(scratch.db, {
      email: `${actor}@atlas.test`,
      password: PASSWORD,
      role,
      governorates,
      associationId,
    });
    clients[actor] = new SessionClient(app.baseUrl);
    expect((await clients[actor].signIn(`${actor}@atlas.test`, PASSWORD)).status).toBe(200);
  }
});
afterAll(async () => {
  await app.stop();
  await scratch.drop();
});

const newAssociation = (registrationNo: string, coordinates = QUS) => ({
  registrationNo,
  nameAr: 'جمعية تجريبية بقوص',
  kind: 'civil',
  location: { type: 'Point', coordinates },
  members: 25,
  sectors: ['health'],
  resources: { nursery: 1 },
  contacts: { contactPerson: 'أحمد محمد', phone: '01001234567' },
});

async function currentVersion(id: number): Promise<number> {
  const row = await scratch.db('associations').where({ id }).first<{ version: number }>('version');
  return row.version;
}

describe('the role × endpoint matrix', () => {
  const create: [Actor, number][] = [
    ['public', 401],
    ['coordinator', 403],
    ['official', 403],
    ['gisLuxor', 403],
    ['gisQena', 201],
    ['admin', 201],
  ];
  test.each(create)('POST /api/associations in Qena as %s → %i', async (actor, status) => {
    const reply = await clients[actor].request('POST', '/api/associations', newAssociation(`MATRIX-C-${actor}`));
    expect(reply.status).toBe(status);
    const stored: unknown = await scratch
      .db('associations')
      .where({ registration_no: `MATRIX-C-${actor}` })
      .first('id');
    expect(Boolean(stored)).toBe(status === 201);
  });

  const edit: [Actor, 'own' | 'other', number][] = [
    ['public', 'own', 401],
    ['coordinator', 'own', 200],
    ['coordinator', 'other', 403],
    ['official', 'own', 403],
    ['gisLuxor', 'own', 403],
    ['gisQena', 'other', 200],
    ['admin', 'other', 200],
  ];
  test.each(edit)('PATCH a Qena association as %s (%s) → %i', async (actor, which, status) => {
    const id = which === 'own' ? qenaId : otherQenaId;
    const before = await currentVersion(id);
    const reply = await clients[actor].request('PATCH', `/api/associations/${id}`, {
      members: 100 + status,
      version: before,
    });
    expect(reply.status).toBe(status);
    expect(await currentVersion(id)).toBe(status === 200 ? before + 1 : before);
  });

  const remove: [Actor, number][] = [
    ['public', 401],
    ['coordinator', 403],
    ['official', 403],
    ['gisLuxor', 403],
    ['admin', 204],
  ];
  test.each(remove)('DELETE a Qena association as %s → %i', async (actor, status) => {
    const created = await clients.admin.request<Profile>(
      'POST',
      '/api/associations',
      newAssociation(`MATRIX-D-${actor}`),
    );
    const reply = await clients[actor].request('DELETE', `/api/associations/${created.body.id}`, undefined, {
      'if-match': `"${created.body.version}"`,
    });
    expect(reply.status).toBe(status);
    const after = await clients.public.request('GET', `/api/associations/${created.body.id}`);
    expect(after.status).toBe(status === 204 ? 404 : 200);
  });

  const users: [Actor, number][] = [
    ['public', 401],
    ['coordinator', 403],
    ['official', 403],
    ['gisQena', 403],
    ['admin', 200],
  ];
  test.each(users)('GET /api/users as %s → %i', async (actor, status) => {
    expect((await clients[actor].request('GET', '/api/users')).status).toBe(status);
  });

  const contacts: [Actor, 'qena' | 'luxor', boolean][] = [
    ['public', 'qena', false],
    ['coordinator', 'qena', true],
    ['official', 'qena', true],
    ['official', 'luxor', false],
    ['gisLuxor', 'qena', false],
    ['gisLuxor', 'luxor', true],
    ['admin', 'luxor', true],
  ];
  test.each(contacts)('contacts in a profile read by %s (%s association): %s', async (actor, which, shown) => {
    const id = which === 'qena' ? qenaId : luxorId;
    const reply = await clients[actor].request<Profile>('GET', `/api/associations/${id}`);
    expect(reply.status).toBe(200);
    expect(reply.body.contacts !== undefined).toBe(shown);
  });
});

test('when two editors save the same version, then the second gets 409 with what is there now', async () => {
  const read = await clients.gisQena.request<Profile>('GET', `/api/associations/${otherQenaId}`);
  const etag = read.headers.get('etag') ?? '';
  expect(etag).toBe(`"${read.body.version}"`);
  const first = await clients.gisQena.request(
    'PATCH',
    `/api/associations/${otherQenaId}`,
    { members: 501 },
    { 'if-match': etag },
  );
  const second = await clients.admin.request<{ current: Profile; detail: string }>(
    'PATCH',
    `/api/associations/${otherQenaId}`,
    { members: 777 },
    { 'if-match': etag },
  );
  expect(first.status).toBe(200);
  expect(second.status).toBe(409);
  expect(second.body.current).toMatchObject({ members: 501, version: read.body.version + 1 });
});

test('when an edit carries no version, then 428 and nothing changes', async () => {
  const before = await currentVersion(otherQenaId);
  const reply = await clients.admin.request('PATCH', `/api/associations/${otherQenaId}`, { members: 1 });
  expect(reply.status).toBe(428);
  expect(await currentVersion(otherQenaId)).toBe(before);
});

test('when the GIS unit of Qena moves an association into Luxor, then 403 and nothing is half-written', async () => {
  const before = await scratch
    .db('associations')
    .where({ id: otherQenaId })
    .first<{ version: number; district_code: string; members: number }>('version', 'district_code', 'members');
  const reply = await clients.gisQena.request('PATCH', `/api/associations/${otherQenaId}`, {
    location: { type: 'Point', coordinates: LUXOR },
    members: 3,
    version: before.version,
  });
  expect(reply.status).toBe(403);
  expect(
    await scratch.db('associations').where({ id: otherQenaId }).first('version', 'district_code', 'members'),
  ).toEqual(before);
});

test.each([
  [{ location: { type: 'Point', coordinates: [2.35, 48.85] } }, 400, 'location'],
  [{ members: -4 }, 400, 'members'],
  [{ sectors: ['no_such_sector'] }, 422, undefined],
  [{ registrationNo: '' }, 400, 'registrationNo'],
  [{ colour: 'red' }, 400, 'colour'],
  [
    { programmes: [{ partner: 'GIZ', name: 'تمكين', startsOn: '2026-06-01', endsOn: '2026-01-01' }] },
    400,
    'programmes',
  ],
  [{ annualBudget: 1e12 }, 400, 'annualBudget'],
  [{ members: '' }, 400, 'members'],
  [{ members: 'كثير' }, 400, 'members'],
  [{ members: '١٫٥' }, 400, 'members'],
])('when an edit is %j, then %i and nothing is written', async (patch, status, field) => {
  const before = await currentVersion(otherQenaId);
  const reply = await clients.admin.request<{ errors?: { field: string }[] }>(
    'PATCH',
    `/api/associations/${otherQenaId}`,
    { ...patch, version: before },
  );
  expect(reply.status).toBe(status);
  if (field) expect(reply.body.errors?.map((e) => e.field)).toContain(field);
  expect(await currentVersion(otherQenaId)).toBe(before);
});

test('when a registration number is taken, then 409', async () => {
  const taken = await scratch
    .db('associations')
    .where({ id: luxorId })
    .first<{ registration_no: string }>('registration_no');
  const reply = await clients.admin.request('POST', '/api/associations', newAssociation(taken.registration_no));
  expect(reply.status).toBe(409);
});

test('every change is audited: create, update and delete with who, before and after, newest first', async () => {
  const created = await clients.gisQena.request<Profile>('POST', '/api/associations', newAssociation('AUDIT-1'));
  const { id } = created.body;
  const updated = await clients.gisQena.request<Profile>('PATCH', `/api/associations/${id}`, {
    members: 80,
    version: created.body.version,
  });
  await clients.admin.request('DELETE', `/api/associations/${id}`, undefined, {
    'if-match': `"${updated.body.version}"`,
  });
  type Entry = { action: string; actorEmail: string | null; before: Profile | null; after: Profile | null };
  const history = await clients.official.request<Entry[]>('GET', `/api/associations/${id}/history`);
  expect(history.body.map((e) => [e.action, e.actorEmail])).toEqual([
    ['delete', 'admin@atlas.test'],
    ['update', 'gisqena@atlas.test'],
    ['create', 'gisqena@atlas.test'],
  ]);
  expect(history.body[1]).toMatchObject({ before: { members: 25 }, after: { members: 80 } });
  expect(history.body[0]?.after).toBeNull();
  expect(history.body[2]?.after?.contacts?.phone).toBe('01001234567');

  const publicHistory = await clients.public.request<Entry[]>('GET', `/api/associations/${id}/history`);
  expect(publicHistory.body.every((e) => e.actorEmail === null)).toBe(true);
  expect(JSON.stringify(publicHistory.body)).not.toContain('01001234567');
});

test('when numbers come as Arabic-Indic text, then those numbers are stored; an empty one as unknown', async () => {
  const version = await currentVersion(otherQenaId);
  const reply = await clients.gisQena.request<
    Profile & { annualBudget: number | null; boardSize: number | null; resources: { code: string; quantity: number }[] }
  >('PATCH', `/api/associations/${otherQenaId}`, {
    members: '١٢٠',
    annualBudget: '١٬٢٠٠٫٥',
    boardSize: '',
    volunteers: '۳۵',
    resources: { nursery: '٢' },
    version,
  });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({
    members: 120,
    annualBudget: 1200.5,
    boardSize: null,
    resources: [expect.objectContaining({ code: 'nursery', quantity: 2 })],
  });
  const row: unknown = await scratch
    .db('associations')
    .where({ id: otherQenaId })
    .first('members', 'annual_budget', 'board_size', 'volunteers');
  expect(row).toEqual({ members: 120, annual_budget: 1200.5, board_size: null, volunteers: 35 });
});

test('when a known association was never edited, then its history is 200 and empty; an unknown id is 404', async () => {
  const never = await scratch
    .db('associations as a')
    .whereNull('a.deleted_at')
    .whereNotExists(scratch.db('audit_log as l').where('l.entity', 'association').whereRaw('l.entity_id = a.id'))
    .orderBy('a.id')
    .first<{ id: number }>('a.id');
  const history = await clients.public.request<unknown[]>('GET', `/api/associations/${never.id}/history`);
  expect([history.status, history.body]).toEqual([200, []]);

  const unknown = await clients.public.request<{ status: number; detail: string }>(
    'GET',
    '/api/associations/999999999/history',
  );
  expect(unknown.status).toBe(404);
  expect(unknown.body.detail).toBe('No association has id 999999999');
});

test('when an association placed at its village is moved to its real point, then its location is exact', async () => {
  await scratch.db('associations').where({ id: otherQenaId }).update({ location_precision: 'village' });
  const { version } = await scratch.db('associations').where({ id: otherQenaId }).first<{ version: number }>('version');
  const reply = await clients.gisQena.request<{ locationPrecision: string }>(
    'PATCH',
    `/api/associations/${otherQenaId}`,
    {
      location: { type: 'Point', coordinates: QUS },
      version,
    },
  );
  expect(reply.status).toBe(200);
  expect(reply.body.locationPrecision).toBe('exact');
});
