// The edit form's round trip: a profile read into the form comes back as it was stored; a change to one programme
// sends that list alone, and the schema the API checks with accepts it.
import { associationProfile, type AssociationProfile } from '../../contracts/association';
import { associationPatch } from '../../contracts/association-input';
import { bodyOf, changesOf, isShownBeside, valuesOf } from '../../client/src/features/editing/edit-values';

const labelled = (code: string) => ({ code, nameAr: code, nameEn: code });

const profile: AssociationProfile = associationProfile.parse({
  id: 7,
  registrationNo: 'QN-7',
  nameAr: 'جمعية النور',
  nameEn: null,
  kind: 'civil',
  status: 'active',
  location: { type: 'Point', coordinates: [32.7, 26.1] },
  address: null,
  governorate: labelled('EG-KN'),
  district: labelled('EG-KN-QS'),
  districtLimits: 'official',
  locationPrecision: 'exact',
  members: 120,
  boardSize: 9,
  staff: null,
  volunteers: 30,
  annualBudget: 250000.75,
  foundedOn: '2001-05-01',
  registeredOn: null,
  lastVerifiedOn: null,
  source: 'demo',
  version: 3,
  intlCoop: true,
  sectors: [labelled('health')],
  resources: [{ ...labelled('nursery'), quantity: 2 }],
  programmes: [
    {
      id: 1,
      partner: 'UNICEF',
      donorCountry: null,
      name: 'الطفولة',
      sector: null,
      startsOn: '2024-01-01',
      endsOn: null,
      budget: 1500.5,
      status: 'active',
    },
    {
      id: 2,
      partner: 'GIZ',
      donorCountry: 'ألمانيا',
      name: 'التمكين',
      sector: 'health',
      startsOn: null,
      endsOn: null,
      budget: null,
      status: 'completed',
    },
  ],
  links: [],
  successStories: [
    { id: 4, titleAr: 'حضانة', titleEn: null, bodyAr: 'افتتاح حضانة', bodyEn: null, happenedOn: '2025-03-02' },
  ],
  contacts: { contactPerson: 'سعاد', phone: '0965551234', email: null },
});
const start = () => bodyOf(valuesOf(profile), profile.location.coordinates);

test('programmes, stories and numbers read into the form come back as stored', () => {
  const body = start();
  // Sent without their ids (toEqual takes an undefined property for a missing one).
  expect(body.programmes).toEqual(profile.programmes.map((programme) => ({ ...programme, id: undefined })));
  expect(body.successStories).toEqual(profile.successStories.map((story) => ({ ...story, id: undefined })));
  expect(body).toMatchObject({
    annualBudget: 250000.75,
    staff: null,
    boardSize: 9,
    resources: { nursery: 2 },
    contacts: { email: null },
  });
  expect(associationPatch.safeParse(body).success).toBe(true);
});

test('a changed programme budget sends the whole programme list and nothing else, as the API accepts it', () => {
  const values = valuesOf(profile);
  const [first, second] = values.programmes;
  if (!first || !second) throw new Error('the profile has two programmes');
  values.programmes = [{ ...first, budget: '2000' }, second];
  const patch = changesOf(start(), bodyOf(values, profile.location.coordinates), true);

  expect(Object.keys(patch)).toEqual(['programmes']);
  expect(patch.programmes?.[0]).toEqual({
    name: 'الطفولة',
    partner: 'UNICEF',
    donorCountry: null,
    sector: null,
    startsOn: '2024-01-01',
    endsOn: null,
    budget: 2000,
    status: 'active',
  });
  expect(patch.programmes?.[1]).toMatchObject({
    donorCountry: 'ألمانيا',
    sector: 'health',
    budget: null,
    status: 'completed',
  });
  expect(associationPatch.safeParse(patch).success).toBe(true);
});

test('a programme that ends before it starts is refused at its end date', () => {
  const values = valuesOf(profile);
  const [first] = values.programmes;
  if (!first) throw new Error('the profile has a programme');
  values.programmes = [{ ...first, endsOn: '2023-12-31' }];
  const parsed = associationPatch.safeParse(changesOf(start(), bodyOf(values, profile.location.coordinates), true));

  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['programmes.0.endsOn']);
});

test('errors of fields the form draws are shown beside them; the rest are listed apart', () => {
  for (const path of [
    'nameAr',
    'contacts.phone',
    'resources.nursery',
    'programmes.3.endsOn',
    'successStories.0.bodyAr',
    'location',
  ]) {
    expect([path, isShownBeside(path)]).toEqual([path, true]);
  }
  for (const path of ['programmes', 'programmes.0.sector', 'sectors.2', 'links.0.kind']) {
    expect([path, isShownBeside(path)]).toEqual([path, false]);
  }
});

test('numbers in Arabic-Indic or Persian digits are sent as numbers; an emptied one as unknown, never 0', () => {
  const values = valuesOf(profile);
  values.scalars = { ...values.scalars, members: '١٢٥', volunteers: '۳۵', annualBudget: '١٬٢٠٠٫٥', boardSize: '' };
  values.resources = { ...values.resources, nursery: '٣', hall: '' };
  const patch = changesOf(start(), bodyOf(values, profile.location.coordinates), true);

  expect(patch).toEqual({
    members: 125,
    volunteers: 35,
    annualBudget: 1200.5,
    boardSize: null,
    resources: { nursery: 3 },
  });
  expect(associationPatch.safeParse(patch).success).toBe(true);
});

test('members left empty is refused beside the field rather than saved as 0', () => {
  const values = valuesOf(profile);
  values.scalars = { ...values.scalars, members: ' ' };
  const parsed = associationPatch.safeParse(changesOf(start(), bodyOf(values, profile.location.coordinates), true));

  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
    ['members', 'invalid_type'],
  ]);
});
