// suggestMapping: Arabic and English column names, any case, spacing and alef or ta marbuta form.
import { foldName, suggestMapping } from './suggest-mapping';

const RESOURCES = [
  { code: 'nursery', labelAr: 'حضانة', labelEn: 'Nursery' },
  { code: 'dispensary', labelAr: 'مستوصف', labelEn: 'Dispensary / clinic' },
];

test('when columns are named in Arabic, then they map whatever the hamza, ta marbuta or spacing', () => {
  expect(
    suggestMapping(
      'associations',
      ['رقم الاشهار', 'اسم_الجمعيه', 'النوع', 'عدد  الأعضاء', 'مجالات النشاط', 'حضانة', 'lon', 'lat'],
      RESOURCES,
    ),
  ).toEqual({
    registrationNo: 'رقم الاشهار',
    nameAr: 'اسم_الجمعيه',
    kind: 'النوع',
    members: 'عدد  الأعضاء',
    sectors: 'مجالات النشاط',
    'resource:nursery': 'حضانة',
  });
});

test('when columns are named in English, then case and separators do not matter and no column feeds two fields', () => {
  expect(
    suggestMapping('associations', ['Reg-No', 'NAME_AR', 'name_en', 'Kind', 'Members', 'NURSERY', 'Type'], RESOURCES),
  ).toEqual({
    registrationNo: 'Reg-No',
    nameAr: 'NAME_AR',
    nameEn: 'name_en',
    kind: 'Kind',
    members: 'Members',
    'resource:nursery': 'NURSERY',
  });
});

test('when districts come from a COD-AB file, then ADM2 columns map', () => {
  expect(suggestMapping('districts', ['ADM2_PCODE', 'ADM2_AR', 'ADM2_EN', 'HASC_2'])).toEqual({
    code: 'HASC_2',
    nameAr: 'ADM2_AR',
    nameEn: 'ADM2_EN',
  });
});

test('foldName unifies what people vary', () => {
  expect(foldName('  Registration  No. ')).toBe('registration_no');
  expect(foldName('إسم الجمعيـــة')).toBe(foldName('اسم الجمعيه'));
});

test('when a shapefile cut its Arabic column names at 10 bytes, then they are proposed by prefix', () => {
  // What a DBF keeps of "رقم القيد", "اسم الجمعية", "القرية", "تعاون دولي": five Arabic letters (10 bytes).
  const cut = ['رقم ا', 'اسم ا', 'القري', 'تعاون', 'المرك'];
  expect(suggestMapping('associations', cut)).toEqual({
    registrationNo: 'رقم ا',
    nameAr: 'اسم ا',
    district: 'المرك',
    village: 'القري',
    intlCoop: 'تعاون',
  });
});

test('when a short name is no cut name, then it is not matched by prefix', () => {
  expect(suggestMapping('associations', ['رقم'])).toEqual({});
});
