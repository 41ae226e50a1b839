// Suggests which column of a file feeds which target field, from the column names: Arabic and English synonyms,
// compared after folding case, separators and Arabic letter forms. Resource types match by code or label. A DBF
// keeps 10 bytes of a name (five Arabic letters): such a cut name is matched as the start of a synonym.
import type { ImportMapping, ImportTarget } from '../../../../../contracts/imports';
import { RESOURCE_FIELD_PREFIX } from '../../../../../contracts/imports';
import { EXPORT_HEADERS } from '../../../../../contracts/export';

export interface VocabularyLabel {
  code: string;
  labelAr: string;
  labelEn: string;
}

/** Lower case, one `_` for any run of spaces or punctuation, Arabic without tashkeel and with one alef, ya and ha. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
}

const SYNONYMS: Record<ImportTarget, Record<string, string[]>> = {
  associations: {
    registrationNo: [
      'registrationNo',
      'REG_NO',
      'REGNO',
      'reg_num',
      'registration',
      'رقم الإشهار',
      'رقم الاشهار',
      'الإشهار',
      'رقم القيد',
      'رقم التسجيل',
    ],
    nameAr: ['nameAr', 'NAME_AR', 'arabic_name', 'الاسم', 'اسم الجمعية', 'الاسم بالعربية', 'الاسم العربي'],
    nameEn: ['nameEn', 'NAME_EN', 'english_name', 'الاسم بالإنجليزية', 'الاسم الإنجليزي'],
    kind: ['kind', 'KIND', 'type', 'النوع', 'نوع الجمعية'],
    status: ['status', 'الحالة', 'حالة الجمعية'],
    address: ['address', 'addr', 'العنوان'],
    members: ['members', 'MEMBERS', 'members_count', 'num_members', 'عدد الأعضاء', 'الأعضاء'],
    boardSize: ['boardSize', 'board', 'board_size', 'عدد مجلس الإدارة', 'مجلس الإدارة'],
    staff: ['staff', 'employees', 'العاملين', 'عدد العاملين', 'الموظفين'],
    volunteers: ['volunteers', 'المتطوعين', 'عدد المتطوعين'],
    annualBudget: ['annualBudget', 'budget', 'annual_budget', 'الميزانية', 'الميزانية السنوية'],
    foundedOn: ['foundedOn', 'founded', 'تاريخ التأسيس'],
    registeredOn: ['registeredOn', 'registered', 'reg_date', 'تاريخ الإشهار', 'تاريخ القيد'],
    lastVerifiedOn: ['lastVerifiedOn', 'verified', 'last_verified', 'تاريخ التحقق'],
    contactPerson: ['contactPerson', 'contact', 'contact_person', 'المسؤول', 'اسم المسؤول'],
    phone: ['phone', 'tel', 'telephone', 'mobile', 'الهاتف', 'التليفون', 'رقم الهاتف', 'المحمول'],
    email: ['email', 'e_mail', 'mail', 'البريد الإلكتروني', 'البريد'],
    sectors: ['sectors', 'sector', 'مجالات النشاط', 'مجالات', 'المجالات', 'مجال النشاط', 'النشاط'],
    resources: ['resources', 'الإمكانات', 'الإمكانيات', 'الإمكانات المتاحة'],
    governorate: ['governorate', 'gov', 'gov_code', 'المحافظة', 'محافظة'],
    district: [
      'district',
      'markaz',
      'dist_code',
      'المركز',
      'مركز',
      'المركز الإداري',
      'القسم',
      'المركز/القسم',
      'الإدارة',
      'الإدارة الاجتماعية',
    ],
    village: ['village', 'القرية', 'قرية', 'اسم القرية', 'القرية/الحي', 'الحي', 'الناحية', 'المكان'],
    intlCoop: [
      'intlCoop',
      'intl_coop',
      'international',
      'تعاون دولي',
      'التعاون الدولي',
      'تعاون دولى',
      'تمويل أجنبي',
      'شراكة دولية',
    ],
    partner: ['partner', 'الشريك', 'الجهة الشريكة', 'الشريك الدولي', 'جهة التعاون'],
    donor: ['donor', 'المانح', 'الجهة المانحة', 'جهة التمويل', 'الممول'],
    programme: ['programme', 'program', 'project', 'البرنامج', 'المشروع', 'اسم المشروع', 'اسم البرنامج'],
    locationPrecision: ['locationPrecision', 'loc_prec', 'precision', 'دقة الموقع'],
  },
  governorates: {
    code: ['code', 'iso', 'iso_code', 'iso_3166_2', 'الكود'],
    hasc: ['hasc', 'hasc_1', 'code_hasc'],
    nameAr: ['nameAr', 'name_ar', 'ADM1_AR', 'الاسم', 'المحافظة', 'اسم المحافظة'],
    nameEn: ['nameEn', 'name_en', 'ADM1_EN', 'name', 'shapeName'],
    population: ['population', 'pop', 'السكان', 'عدد السكان'],
    populationYear: ['populationYear', 'population_year', 'pop_year', 'سنة التعداد'],
    areaKm2: ['areaKm2', 'area', 'area_km2', 'المساحة'],
  },
  districts: {
    code: ['code', 'hasc', 'hasc_2', 'الكود'],
    governorate: ['governorate', 'gov', 'gov_code', 'governorate_code', 'المحافظة', 'كود المحافظة'],
    nameAr: ['nameAr', 'name_ar', 'ADM2_AR', 'الاسم', 'المركز', 'اسم المركز'],
    nameEn: ['nameEn', 'name_en', 'ADM2_EN', 'name', 'shapeName'],
    kind: ['kind', 'type', 'النوع'],
    population: ['population', 'pop', 'السكان', 'عدد السكان'],
    populationYear: ['populationYear', 'population_year', 'pop_year', 'سنة التعداد'],
  },
  villages: {
    osmId: ['osmId', 'osm_id', 'OSM_ID'],
    nameAr: ['nameAr', 'name_ar', 'الاسم', 'القرية', 'اسم القرية', 'NAME'],
    nameEn: ['nameEn', 'name_en'],
    placeType: ['placeType', 'place', 'place_type'],
    population: ['population', 'pop', 'السكان', 'عدد السكان'],
  },
};

/** An association field's names also include its headers in a labelled export, so every export comes back in. */
const exportHeadersOf = (target: ImportTarget, field: string): string[] =>
  target === 'associations' ? Object.values(EXPORT_HEADERS[field] ?? {}) : [];

const FOLDED_SYNONYMS = Object.fromEntries(
  Object.entries(SYNONYMS).map(([target, fields]) => [
    target,
    Object.entries(fields).map(
      ([field, names]) =>
        [field, new Set([...names, ...exportHeadersOf(target as ImportTarget, field)].map(foldName))] as const,
    ),
  ]),
) as Record<ImportTarget, (readonly [string, Set<string>])[]>;

/** A DBF field name is at most 10 bytes; one of 9 or 10 bytes may have been cut (a UTF-8 letter is 2). */
const DBF_NAME_BYTES = 10;
const looksCut = (column: string) =>
  Buffer.byteLength(column) >= DBF_NAME_BYTES - 1 && Buffer.byteLength(column) <= DBF_NAME_BYTES;

/** The cut name without a broken last letter, folded; null when too short to be told apart. */
function cutPrefix(column: string): string | null {
  const folded = foldName(column.replace(/\uFFFD+$/, ''));
  return looksCut(column) && folded.length >= 3 ? folded : null;
}

/**
 * Each field takes the first column whose name is one of its synonyms; then fields left over take a column whose
 * name looks cut at 10 bytes and starts one of their synonyms. No column feeds two fields.
 */
export function suggestMapping(
  target: ImportTarget,
  columns: string[],
  resourceTypes: VocabularyLabel[] = [],
): ImportMapping {
  const candidates = [...FOLDED_SYNONYMS[target]];
  if (target === 'associations') {
    for (const type of resourceTypes) {
      candidates.push([
        `${RESOURCE_FIELD_PREFIX}${type.code}`,
        new Set([type.code, type.labelAr, type.labelEn].map(foldName)),
      ]);
    }
  }
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const [field, names] of candidates) {
    const column = columns.find((name) => !used.has(name) && names.has(foldName(name)));
    if (column === undefined) continue;
    mapping[field] = column;
    used.add(column);
  }
  for (const [field, names] of candidates) {
    if (mapping[field] !== undefined) continue;
    const column = columns.find((name) => {
      const prefix = used.has(name) ? null : cutPrefix(name);
      return prefix !== null && [...names].some((synonym) => synonym.startsWith(prefix));
    });
    if (column === undefined) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
