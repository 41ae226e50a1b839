// The naming patterns real Egyptian associations follow, in Arabic and English, each with the sectors it implies.
import type { SectorCode } from './vocabulary';

export interface NamePattern {
  key: string;
  /** How common the pattern is, relative to the others. */
  weight: number;
  /** `inPlace` is the Arabic place with its preposition attached, e.g. «بالحميدات». */
  nameAr: (inPlace: string) => string;
  nameEn: (place: string) => string;
  sectors: readonly SectorCode[];
}

const FOUNDATION_WORDS = [
  ['النور', 'Al-Nour'],
  ['الأمل', 'Al-Amal'],
  ['الخير', 'Al-Khair'],
  ['الرحمة', 'Al-Rahma'],
  ['الفجر', 'Al-Fagr'],
  ['البركة', 'Al-Baraka'],
  ['السلام', 'Al-Salam'],
  ['الوفاء', 'Al-Wafaa'],
  ['العطاء', 'Al-Ataa'],
  ['الإحسان', 'Al-Ihsan'],
  ['الهدى', 'Al-Hoda'],
  ['الرضا', 'Al-Reda'],
  ['النهضة', 'Al-Nahda'],
  ['الغد', 'Al-Ghad'],
  ['الصفا', 'Al-Safa'],
] as const;

export const CIVIL_PATTERNS: readonly NamePattern[] = [
  {
    key: 'community',
    weight: 30,
    nameAr: (p) => `جمعية تنمية المجتمع المحلي ${p}`,
    nameEn: (p) => `Community Development Association of ${p}`,
    sectors: ['rural_development'],
  },
  {
    key: 'orphans',
    weight: 10,
    nameAr: (p) => `الجمعية الخيرية لرعاية الأيتام ${p}`,
    nameEn: (p) => `Charitable Association for Orphan Care in ${p}`,
    sectors: ['orphans', 'relief_charity'],
  },
  {
    key: 'charity',
    weight: 8,
    nameAr: (p) => `الجمعية الخيرية الإسلامية ${p}`,
    nameEn: (p) => `Islamic Charitable Association of ${p}`,
    sectors: ['relief_charity'],
  },
  {
    key: 'coptic',
    weight: 2,
    nameAr: (p) => `الجمعية الخيرية القبطية ${p}`,
    nameEn: (p) => `Coptic Charitable Association of ${p}`,
    sectors: ['relief_charity', 'education'],
  },
  {
    key: 'birr',
    weight: 3,
    nameAr: (p) => `جمعية البر والتقوى ${p}`,
    nameEn: (p) => `Al-Birr wal-Taqwa Association of ${p}`,
    sectors: ['relief_charity', 'orphans'],
  },
  {
    key: 'disabled',
    weight: 4,
    nameAr: (p) => `جمعية رعاية المعاقين ${p}`,
    nameEn: (p) => `Association for the Care of the Disabled in ${p}`,
    sectors: ['disability'],
  },
  {
    key: 'disability',
    weight: 2,
    nameAr: (p) => `جمعية رعاية ذوي الإعاقة ${p}`,
    nameEn: (p) => `Association for People with Disabilities in ${p}`,
    sectors: ['disability', 'health'],
  },
  {
    key: 'rural_women',
    weight: 6,
    nameAr: (p) => `جمعية تنمية المرأة الريفية ${p}`,
    nameEn: (p) => `Rural Women Development Association of ${p}`,
    sectors: ['women', 'rural_development'],
  },
  {
    key: 'businesswomen',
    weight: 2,
    nameAr: (p) => `جمعية سيدات الأعمال ${p}`,
    nameEn: (p) => `Businesswomen's Association of ${p}`,
    sectors: ['women', 'economic_empowerment'],
  },
  {
    key: 'family',
    weight: 3,
    nameAr: (p) => `جمعية تنمية الأسرة ${p}`,
    nameEn: (p) => `Family Development Association of ${p}`,
    sectors: ['women', 'childhood'],
  },
  {
    key: 'productive',
    weight: 3,
    nameAr: (p) => `جمعية الأسر المنتجة ${p}`,
    nameEn: (p) => `Productive Families Association of ${p}`,
    sectors: ['economic_empowerment', 'women'],
  },
  {
    key: 'small_projects',
    weight: 2,
    nameAr: (p) => `جمعية المشروعات الصغيرة ومتناهية الصغر ${p}`,
    nameEn: (p) => `Small and Micro Enterprise Association of ${p}`,
    sectors: ['economic_empowerment'],
  },
  {
    key: 'childhood',
    weight: 5,
    nameAr: (p) => `جمعية رعاية الطفولة والأمومة ${p}`,
    nameEn: (p) => `Mother and Child Care Association of ${p}`,
    sectors: ['childhood', 'health'],
  },
  {
    key: 'health',
    weight: 4,
    nameAr: (p) => `جمعية الخدمات الصحية ${p}`,
    nameEn: (p) => `Health Services Association of ${p}`,
    sectors: ['health'],
  },
  {
    key: 'kidney',
    weight: 1,
    nameAr: (p) => `جمعية أصدقاء مرضى الكلى ${p}`,
    nameEn: (p) => `Friends of Kidney Patients Association of ${p}`,
    sectors: ['health', 'relief_charity'],
  },
  {
    key: 'literacy',
    weight: 3,
    nameAr: (p) => `جمعية محو الأمية وتعليم الكبار ${p}`,
    nameEn: (p) => `Literacy and Adult Education Association of ${p}`,
    sectors: ['education'],
  },
  {
    key: 'quran',
    weight: 2,
    nameAr: (p) => `جمعية المحافظة على القرآن الكريم ${p}`,
    nameEn: (p) => `Quran Preservation Association of ${p}`,
    sectors: ['education', 'relief_charity'],
  },
  {
    key: 'elderly',
    weight: 2,
    nameAr: (p) => `جمعية رعاية المسنين ${p}`,
    nameEn: (p) => `Elderly Care Association of ${p}`,
    sectors: ['elderly'],
  },
  {
    key: 'environment',
    weight: 2,
    nameAr: (p) => `جمعية حماية البيئة ${p}`,
    nameEn: (p) => `Environmental Protection Association of ${p}`,
    sectors: ['environment'],
  },
  {
    key: 'agriculture',
    weight: 2,
    nameAr: (p) => `جمعية التنمية الزراعية والريفية ${p}`,
    nameEn: (p) => `Agricultural and Rural Development Association of ${p}`,
    sectors: ['rural_development', 'environment'],
  },
  {
    key: 'ymma',
    weight: 3,
    nameAr: (p) => `جمعية الشبان المسلمين ${p}`,
    nameEn: (p) => `Young Men's Muslim Association of ${p}`,
    sectors: ['youth_sports', 'education'],
  },
  {
    key: 'youth',
    weight: 4,
    nameAr: (p) => `جمعية الشباب للتنمية ${p}`,
    nameEn: (p) => `Youth Development Association of ${p}`,
    sectors: ['youth_sports', 'rural_development'],
  },
  {
    key: 'sons',
    weight: 4,
    nameAr: (p) => `جمعية أبناء القرية للتنمية ${p}`,
    nameEn: (p) => `Village Sons Development Association of ${p}`,
    sectors: ['rural_development', 'relief_charity'],
  },
  ...FOUNDATION_WORDS.map(([wordAr, wordEn]): NamePattern => ({
    key: `foundation_${wordEn}`,
    weight: 0.4,
    nameAr: (p) => `مؤسسة ${wordAr} للتنمية ${p}`,
    nameEn: (p) => `${wordEn} Foundation for Development, ${p}`,
    sectors: ['economic_empowerment', 'rural_development'],
  })),
];

/** Themes of central associations; the name reads «الجمعية المركزية <theme> بمحافظة/بمركز …». */
export const CENTRAL_THEMES: readonly { ar: string; en: string; sectors: readonly SectorCode[] }[] = [
  { ar: 'لتنمية المجتمع', en: 'Community Development', sectors: ['rural_development', 'relief_charity'] },
  { ar: 'لرعاية الأيتام', en: 'Orphan Care', sectors: ['orphans', 'relief_charity'] },
  { ar: 'لرعاية ذوي الإعاقة', en: 'Disability Care', sectors: ['disability', 'health'] },
  { ar: 'لتنمية المرأة', en: "Women's Development", sectors: ['women', 'economic_empowerment'] },
  { ar: 'لرعاية الطفولة والأمومة', en: 'Mother and Child Care', sectors: ['childhood', 'health'] },
  { ar: 'لمحو الأمية وتعليم الكبار', en: 'Literacy and Adult Education', sectors: ['education'] },
  { ar: 'للتنمية الريفية', en: 'Rural Development', sectors: ['rural_development', 'environment'] },
  { ar: 'للخدمات الصحية', en: 'Health Services', sectors: ['health'] },
  { ar: 'للتمكين الاقتصادي', en: 'Economic Empowerment', sectors: ['economic_empowerment', 'women'] },
  { ar: 'لرعاية الشباب', en: 'Youth Care', sectors: ['youth_sports', 'education'] },
  { ar: 'للعمل الخيري', en: 'Charitable Work', sectors: ['relief_charity', 'elderly'] },
  { ar: 'لحماية البيئة', en: 'Environmental Protection', sectors: ['environment'] },
];

/** «الجمعية المركزية لتنمية المجتمع بمحافظة قنا»: the theme already carries its «ل». */
export function centralNameAr(themeAr: string, scopeAr: string): string {
  return `الجمعية المركزية ${themeAr} ${scopeAr}`;
}

/** «ب» joined to the place, as Arabic writes it: بقنا، بالحميدات، بنجع حمادي. */
export function inPlaceAr(place: string): string {
  return `ب${place}`;
}

export const STREETS_AR = [
  'شارع الجمهورية',
  'شارع المحطة',
  'شارع المدارس',
  'شارع الجامع الكبير',
  'شارع الترعة',
  'شارع السوق',
  'شارع المستشفى',
  'شارع بورسعيد',
  'شارع النيل',
  'شارع الوحدة الصحية',
  'شارع المركز',
  'شارع الكنيسة',
  'شارع مجلس المدينة',
  'شارع الجبانة',
  'شارع المعهد الأزهري',
  'شارع الإصلاح الزراعي',
] as const;

/** «مركز» for a markaz (and when unknown), «قسم» for a kism, «مدينة» for a city unit. */
export function districtPrefixAr(kind: string | null): string {
  if (kind === 'kism') return 'قسم';
  if (kind === 'city') return 'مدينة';
  return 'مركز';
}
