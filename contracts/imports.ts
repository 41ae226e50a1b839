// Imports by the GIS unit: the form of POST /api/imports, the fields each target takes, and what the API answers.
import { z } from 'zod';
import { governorateCode } from './codes';

export const IMPORT_TARGETS = ['associations', 'governorates', 'districts', 'villages'] as const;
export const importTarget = z.enum(IMPORT_TARGETS);
export type ImportTarget = z.infer<typeof importTarget>;

/**
 * The fields a file's columns can be mapped to, per target; `required` ones must have a value in every new
 * row (the key — `registrationNo` or `code` — in every row). The location is the file's geometry.
 * Associations also take `resource.<code>` (a quantity, or yes/no, per resource type).
 */
export const IMPORT_TARGET_FIELDS = {
  associations: {
    registrationNo: { required: true }, nameAr: { required: true }, nameEn: {}, kind: { required: true }, status: {},
    address: {}, members: {}, boardSize: {}, staff: {}, volunteers: {}, annualBudget: {}, foundedOn: {},
    registeredOn: {}, lastVerifiedOn: {}, contactPerson: {}, phone: {}, email: {}, sectors: {}, resources: {},
  },
  governorates: { code: { required: true }, hasc: {}, nameAr: { required: true }, nameEn: { required: true }, population: {}, populationYear: {}, areaKm2: {} },
  districts: { code: { required: true }, governorate: { required: true }, nameAr: { required: true }, nameEn: { required: true }, kind: {}, population: {}, populationYear: {} },
  villages: { osmId: { required: true }, nameAr: {}, nameEn: {}, placeType: {}, population: {} },
} as const satisfies Record<ImportTarget, Record<string, { required?: true }>>;

export const RESOURCE_FIELD_PREFIX = 'resource.';

/** Encodings a file's text can be read in (names as GDAL spells them). */
export const IMPORT_ENCODINGS = ['UTF-8', 'CP1256', 'ISO-8859-6', 'CP1252', 'ISO-8859-1'] as const;
export const importEncoding = z
  .string()
  .transform((value) => value.trim().toUpperCase().replace(/^WINDOWS-/, 'CP').replace(/^UTF8$/, 'UTF-8').replace(/^LATIN1$/, 'ISO-8859-1'))
  .pipe(z.enum(IMPORT_ENCODINGS, { error: `must be one of ${IMPORT_ENCODINGS.join(', ')}` }));
export type ImportEncoding = z.infer<typeof importEncoding>;

/** Target field → the file's column, e.g. {"registrationNo":"REG_NO","nameAr":"NAME_AR"}. */
export const importMapping = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9_.]{0,60}$/, 'must be a target field such as nameAr'),
  z.string().min(1).max(200),
);
export type ImportMapping = z.infer<typeof importMapping>;

const jsonText = z.string().max(20_000).transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'must be JSON, e.g. {"nameAr":"NAME_AR"}' });
    return z.NEVER;
  }
});

/** The text fields of the multipart form beside `file`. */
export const importForm = z.strictObject({
  target: importTarget.default('associations'),
  mapping: jsonText.pipe(importMapping).optional(),
  sourceSrs: z.string().trim().regex(/^EPSG:\d{4,6}$/i, 'must be an EPSG code such as EPSG:22992').transform((value) => value.toUpperCase()).optional(),
  encoding: importEncoding.optional(),
  governorate: governorateCode.optional(),
});
export type ImportForm = z.infer<typeof importForm>;

export const importCommitInput = z.strictObject({ skipInvalid: z.boolean().default(false) });

export const IMPORT_FORMATS = ['shapefile', 'geopackage', 'geojson', 'kml', 'csv'] as const;
export const IMPORT_STATUSES = ['validated', 'committed', 'undone', 'expired'] as const;

export const importDetected = z.object({
  format: z.enum(IMPORT_FORMATS),
  layer: z.string(),
  /** How the text was read; "UTF-8" for formats that are always UTF-8. */
  encoding: z.string(),
  /** Where it came from: "cpg", "dbf-language-driver", "sniffed", "format", "override". */
  encodingSource: z.string(),
  /** The source CRS, e.g. "EPSG:22992"; data are reprojected to EPSG:4326. */
  srs: z.string(),
  geometryType: z.string(),
  fields: z.array(z.string()),
});
export type ImportDetected = z.infer<typeof importDetected>;

export const importCounts = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const importRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof importRowError>;

/** At most this many errors come in the JSON; report.csv has them all. */
export const IMPORT_ERRORS_SHOWN = 1000;

export const importSummary = z.object({
  id: z.number().int(),
  target: importTarget,
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  counts: importCounts,
  createdAt: z.string(),
  createdBy: z.string(),
  committedAt: z.string().nullable(),
  committedBy: z.string().nullable(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importResult = importSummary.extend({
  detected: importDetected,
  mapping: importMapping,
  suggestedMapping: importMapping,
  options: z.object({ governorate: z.string().nullable(), encoding: z.string().nullable(), sourceSrs: z.string().nullable() }),
  /** The first staged rows as the file has them (source field → text), to check the Arabic came through. */
  sample: z.array(z.record(z.string(), z.string().nullable())),
  errorCount: z.number().int(),
  errors: z.array(importRowError),
});
export type ImportResult = z.infer<typeof importResult>;
