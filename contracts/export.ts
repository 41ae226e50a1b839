// Exports of the filtered associations: GET /api/associations/export?format=…&labels=…&<the list's filters>.
import { z } from 'zod';
import { single } from './query-params';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'geojson', 'gpkg', 'shp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Languages an export can be written for people in: headers and values as names, not codes. */
export const LABEL_LANGUAGES = ['ar', 'en'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** An export holds at most this many associations; more is refused with a 400 asking for narrower filters. */
export const EXPORT_MAX_ROWS = 200_000;

export const EXPORT_PATH = '/api/associations/export';

/**
 * The `format` and `labels` parameters; every other parameter is one of the association filters
 * (contracts/association-filters.ts).
 */
export const exportFormatQuery = z.strictObject({
  format: single(z.enum(EXPORT_FORMATS))
    .default('csv')
    .meta({
      description:
        'csv (UTF-8 with BOM), xlsx (Excel, right-to-left, for a meeting), geojson, gpkg (GeoPackage) ' +
        'or shp (zipped shapefile with .cpg)',
    }),
  labels: single(z.enum(LABEL_LANGUAGES))
    .optional()
    .meta({
      description:
        'csv and xlsx: headers and values as names in this language (district and sector names, not codes); ' +
        'xlsx defaults to ar, csv to codes',
    }),
});

/**
 * The header of each export column in a labelled export. An import reads these headers back without a mapping
 * (lon and lat headers are among the coordinate names GDAL is told to look for).
 */
export const EXPORT_HEADERS: Record<string, Record<LabelLanguage, string>> = {
  id: { ar: 'المعرف في الأطلس', en: 'Atlas id' },
  registrationNo: { ar: 'رقم القيد', en: 'Registration no.' },
  nameAr: { ar: 'اسم الجمعية', en: 'Arabic name' },
  nameEn: { ar: 'الاسم بالإنجليزية', en: 'English name' },
  kind: { ar: 'النوع', en: 'Kind' },
  status: { ar: 'الحالة', en: 'Status' },
  governorate: { ar: 'المحافظة', en: 'Governorate' },
  district: { ar: 'المركز', en: 'District' },
  members: { ar: 'عدد الأعضاء', en: 'Members' },
  intlCoop: { ar: 'التعاون الدولي', en: 'International cooperation' },
  sectors: { ar: 'مجالات النشاط', en: 'Sectors' },
  resources: { ar: 'الإمكانات', en: 'Resources' },
  lon: { ar: 'خط الطول', en: 'Longitude' },
  lat: { ar: 'خط العرض', en: 'Latitude' },
  locationPrecision: { ar: 'دقة الموقع', en: 'Location precision' },
  contactPerson: { ar: 'المسؤول', en: 'Contact person' },
  phone: { ar: 'الهاتف', en: 'Phone' },
  email: { ar: 'البريد الإلكتروني', en: 'Email' },
};
