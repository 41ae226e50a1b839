// GET /api/associations/:id: the whole profile, and nothing sensitive for the public.
import type { AssociationProfile } from '../../contracts/association';
import { PROFILE_JSON, PROFILES_OF } from '../../server/src/features/associations/association-profile.sql';
import { getJson } from '../support/http';
import { startTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function idWhere(where: string): Promise<number> {
  const result = await app.db.raw<{ rows: { id: number }[] }>(
    `SELECT a.id FROM associations a WHERE ${where} ORDER BY a.id LIMIT 1`,
  );
  const id = result.rows[0]?.id;
  if (id === undefined) throw new Error(`no demo association where ${where}`);
  return id;
}

test('when an association has programmes, resources and sectors, then its profile lists them with labels', async () => {
  const id = await idWhere(
    `a.intl_coop AND EXISTS (SELECT 1 FROM association_resources r WHERE r.association_id = a.id)`,
  );
  const reply = await getJson<AssociationProfile>(app.baseUrl, `/api/associations/${id}`);
  expect(reply.status).toBe(200);
  const profile = reply.body;
  const row = await app.db('associations').where({ id }).first<Record<string, unknown>>();
  expect(profile).toMatchObject({
    id,
    registrationNo: row.registration_no,
    nameAr: row.name_ar,
    kind: row.kind,
    members: row.members,
    intlCoop: true,
    governorate: { code: row.governorate_code },
    district: { code: row.district_code },
    location: { type: 'Point' },
  });
  expect(profile.governorate.nameAr).toMatch(/[\u0600-\u06FF]/);
  expect(profile.programmes.some((programme) => programme.status === 'active')).toBe(true);
  const resources = await app.db('association_resources').where({ association_id: id });
  expect(profile.resources).toHaveLength(resources.length);
  for (const resource of profile.resources) expect(resource.nameAr).toMatch(/[\u0600-\u06FF]/);
  expect(profile.sectors.length).toBeGreaterThan(0);
});

test('when a civil association is affiliated to a central one, then both profiles show the link', async () => {
  const link = await app
    .db('association_links')
    .where({ kind: 'affiliation' })
    .first<{ from_association_id: number; to_association_id: number }>();
  const member = await getJson<AssociationProfile>(app.baseUrl, `/api/associations/${link.from_association_id}`);
  const central = await getJson<AssociationProfile>(app.baseUrl, `/api/associations/${link.to_association_id}`);
  expect(member.body.links).toContainEqual(
    expect.objectContaining({
      kind: 'affiliation',
      direction: 'outgoing',
      association: expect.objectContaining({ id: link.to_association_id, kind: 'central' }) as unknown,
    }),
  );
  expect(central.body.links).toContainEqual(
    expect.objectContaining({
      kind: 'affiliation',
      direction: 'incoming',
      association: expect.objectContaining({ id: link.from_association_id }) as unknown,
    }),
  );
});

test('when the public reads a profile, then no phone, email or contact person is in it', async () => {
  const id = await idWhere('a.phone IS NOT NULL AND a.contact_person IS NOT NULL');
  const reply = await getJson<AssociationProfile>(app.baseUrl, `/api/associations/${id}`);
  const row = await app
    .db('associations')
    .where({ id })
    .first<{ phone: string; contact_person: string }>('phone', 'contact_person');
  const text = JSON.stringify(reply.body);
  expect(reply.body.contacts).toBeUndefined();
  expect(text).not.toContain(row.phone);
  expect(text).not.toContain(row.contact_person);
});

test('when the public lists associations, then no contact field appears in any feature', async () => {
  const reply = await fetch(`${app.baseUrl}/api/associations?limit=10000`);
  const text = await reply.text();
  const phones = await app.db('associations').whereNotNull('phone').limit(50).pluck('phone');
  for (const phone of phones) expect(text).not.toContain(phone);
  expect(text).not.toMatch(/"(phone|email|contactPerson)"/);
});

test('when profiles are read as a set, then each is the one read alone, and deleted ones are left out', async () => {
  const trx = await app.db.transaction();
  try {
    const deleted = await trx('associations').whereNull('deleted_at').orderBy('id', 'desc').first<{ id: number }>('id');
    await trx('associations').where({ id: deleted.id }).update({ deleted_at: trx.fn.now() });
    const set = await trx.raw<{ rows: { id: number; profile: AssociationProfile }[] }>(
      `SELECT id, profile FROM (${PROFILES_OF('(SELECT id FROM associations)')}) p ORDER BY id`,
    );
    const live = await trx('associations').whereNull('deleted_at').orderBy('id').pluck<number[]>('id');
    expect(set.rows.map((one) => one.id)).toEqual(live);
    expect(live).not.toContain(deleted.id);
    expect(set.rows.some((one) => one.profile.links.length > 0 && one.profile.programmes.length > 0)).toBe(true);
    for (const one of set.rows) {
      const single = await trx.raw<{ rows: { profile: AssociationProfile }[] }>(PROFILE_JSON, [one.id]);
      expect(one.profile).toEqual(single.rows[0]?.profile);
    }
  } finally {
    await trx.rollback();
  }
});
