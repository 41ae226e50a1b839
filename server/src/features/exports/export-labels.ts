// A labelled export's columns (labels=ar|en, and xlsx): headers in the language, and values as people read them —
// kind, status, cooperation and precision in words, governorate, district and sector names, and one column per
// resource type with its quantity (resource labels such as "Dispensary / clinic" cannot share a cell safely).
// An import reads every one of these back with no mapping.
import { LOCATION_PRECISION_LABELS } from '../../../../contracts/association';
import { vocabularyCode } from '../../../../contracts/codes';
import { EXPORT_HEADERS, type LabelLanguage } from '../../../../contracts/export';
import type { Db } from '../../db';
import type { ExportField } from './export-fields';

type Labels = Record<string, Record<LabelLanguage, string>>;

const KIND_LABELS: Labels = { civil: { ar: 'أهلية', en: 'Civil' }, central: { ar: 'مركزية', en: 'Central' } };
const STATUS_LABELS: Labels = {
  active: { ar: 'نشطة', en: 'Active' },
  suspended: { ar: 'موقوفة', en: 'Suspended' },
  dissolved: { ar: 'منحلة', en: 'Dissolved' },
};
const YES_NO_LABELS: Labels = { true: { ar: 'نعم', en: 'Yes' }, false: { ar: 'لا', en: 'No' } };

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** `CASE <column> WHEN <code> THEN <label> … END` for constant labels. */
const caseOf = (column: string, labels: Labels, language: LabelLanguage) =>
  `CASE ${column}${Object.entries(labels)
    .map(([code, label]) => ` WHEN ${quoted(code)} THEN ${quoted(label[language])}`)
    .join('')} END`;

const nameColumn = (language: LabelLanguage) => (language === 'ar' ? 'name_ar' : 'name_en');
const labelColumn = (language: LabelLanguage) => (language === 'ar' ? 'label_ar' : 'label_en');

/** SQL of each field's value in words, where it differs from the code. */
const LABELLED_SQL: Record<string, (language: LabelLanguage) => string> = {
  kind: (language) => caseOf('a.kind', KIND_LABELS, language),
  status: (language) => caseOf('a.status', STATUS_LABELS, language),
  governorate: (language) => `(SELECT g.${nameColumn(language)} FROM governorates g WHERE g.code = a.governorate_code)`,
  district: (language) => `(SELECT d.${nameColumn(language)} FROM districts d WHERE d.code = a.district_code)`,
  intlCoop: (language) => caseOf('a.intl_coop::text', YES_NO_LABELS, language),
  sectors: (
    language,
  ) => `(SELECT string_agg(x.${labelColumn(language)}, '${language === 'ar' ? '، ' : ', '}' ORDER BY x.sort_order)
                             FROM association_sectors s JOIN sectors x ON x.code = s.sector_code
                            WHERE s.association_id = a.id)`,
  locationPrecision: (language) => caseOf('a.location_precision', LOCATION_PRECISION_LABELS, language),
};

interface ResourceType {
  code: string;
  label_ar: string;
  label_en: string;
}

/** One column per resource type: its quantity, empty where the association has none. */
function resourceColumns(types: ResourceType[], language: LabelLanguage): ExportField[] {
  return types.map((type) => {
    const code = vocabularyCode.parse(type.code); // inlined in SQL: a code is [a-z0-9_] only
    return {
      name: `resource:${code}`,
      header: language === 'ar' ? type.label_ar : type.label_en,
      dbf: code.slice(0, 10),
      type: 'Integer',
      sql: `(SELECT r.quantity FROM association_resources r
              WHERE r.association_id = a.id AND r.resource_code = '${code}')`,
    };
  });
}

/** The labelled columns for `fields` (the user's columns): headers and values in `language`, resources spread out. */
export async function labelledFields(
  db: Db,
  fields: readonly ExportField[],
  language: LabelLanguage,
): Promise<ExportField[]> {
  const types = await db<ResourceType>('resource_types')
    .orderBy(['sort_order', 'code'])
    .select('code', 'label_ar', 'label_en');
  return fields.flatMap((field) => {
    if (field.name === 'resources') return resourceColumns(types, language);
    const labelled = LABELLED_SQL[field.name];
    const header = EXPORT_HEADERS[field.name]?.[language] ?? field.name;
    return [{ ...field, header, ...(labelled ? { sql: labelled(language), type: 'String' as const } : {}) }];
  });
}

/** The workbook's sheet names (Excel allows no : / ? * [ ] in them) and the words of its about sheet. */
export const ABOUT_LABELS = {
  ar: {
    dataSheet: 'الجمعيات',
    sheet: 'عن هذا الملف',
    title: 'أطلس الجمعيات الأهلية: الجمعيات',
    made: 'تاريخ الإعداد',
    filters: 'عوامل التصفية',
    none: 'بدون تصفية',
    rows: 'عدد الجمعيات',
    sources: 'المصادر',
    sourceList:
      'سجل مديرية التضامن الاجتماعي؛ الحدود: geoBoundaries ‏(CC BY 3.0 IGO) وWho’s On First؛ ' +
      'السكان: الجهاز المركزي للتعبئة العامة والإحصاء (CAPMAS)؛ الأماكن: © مساهمو OpenStreetMap',
  },
  en: {
    dataSheet: 'Associations',
    sheet: 'About this file',
    title: 'Civic Atlas: associations',
    made: 'Made on',
    filters: 'Filters',
    none: 'No filters',
    rows: 'Associations',
    sources: 'Sources',
    sourceList:
      "The social-solidarity directorate's registry; boundaries: geoBoundaries (CC BY 3.0 IGO) and Who's On First; " +
      'population: CAPMAS; places: © OpenStreetMap contributors',
  },
} as const;
