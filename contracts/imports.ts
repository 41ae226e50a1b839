// Imports by the GIS unit: the form of POST /api/imports, the fields each target takes, and what the API answers.
import { z } from 'zod';
import { governorateCode } from './codes';
import { fieldParam } from './field-errors';
import { PROBLEM_CODES } from './problem-codes';

export const IMPORT_TARGETS = ['associations', 'governorates', 'districts', 'villages'] as const;
export const importTarget = z.enum(IMPORT_TARGETS);
export type ImportTarget = z.infer<typeof importTarget>;

/**
 * The fields a file's columns can be mapped to, per target; `required` ones must have a value in every new
 * row (the key — `registrationNo` or `code` — in every row). The location is the file's geometry, else the
 * village (or district) an associations row names. Associations also take `resource:<code>` (a quantity, or
 * yes/no, per resource type); `intlCoop` is yes/no, and `partner`, `donor`, `programme` describe its programme;
 * `locationPrecision` (exact, village, district: an export's column) says how precise the file's own point is.
 */
export const IMPORT_TARGET_FIELDS = {
  associations: {
    registrationNo: { required: true },
    nameAr: { required: true },
    nameEn: {},
    kind: { required: true },
    status: {},
    governorate: {},
    district: {},
    village: {},
    address: {},
    members: {},
    boardSize: {},
    staff: {},
    volunteers: {},
    annualBudget: {},
    foundedOn: {},
    registeredOn: {},
    lastVerifiedOn: {},
    contactPerson: {},
    phone: {},
    email: {},
    sectors: {},
    resources: {},
    intlCoop: {},
    partner: {},
    donor: {},
    programme: {},
    locationPrecision: {},
  },
  governorates: {
    code: { required: true },
    hasc: {},
    nameAr: { required: true },
    nameEn: { required: true },
    population: {},
    populationYear: {},
    areaKm2: {},
  },
  districts: {
    code: { required: true },
    governorate: { required: true },
    nameAr: { required: true },
    nameEn: { required: true },
    kind: {},
    population: {},
    populationYear: {},
  },
  villages: { osmId: { required: true }, nameAr: {}, nameEn: {}, placeType: {}, population: {} },
} as const satisfies Record<ImportTarget, Record<string, { required?: true }>>;

export const RESOURCE_FIELD_PREFIX = 'resource:';

/** The resource code of a `resource:<code>` field (`resource.<code>`, the earlier spelling, is read too); else null. */
export function resourceCodeOf(field: string): string | null {
  return /^resource[:.]/.test(field) ? field.slice(RESOURCE_FIELD_PREFIX.length) : null;
}

/** Fields whose values are matched to a vocabulary's codes (and reported in `valueMatches`), with their list. */
export const VALUE_FIELDS = {
  kind: 'kind',
  status: 'status',
  sectors: 'sector',
  resources: 'resource',
  intlCoop: 'yes_no',
} as const;
export type ValueField = keyof typeof VALUE_FIELDS;
/** How a source value was matched: chosen by the user, exactly, after normalising the Arabic, as a synonym, fuzzily. */
export const VALUE_MATCH_HOW = ['chosen', 'exact', 'normalized', 'synonym', 'fuzzy'] as const;

/** Encodings a file's text can be read in (names as GDAL spells them). */
export const IMPORT_ENCODINGS = ['UTF-8', 'CP1256', 'ISO-8859-6', 'CP1252', 'ISO-8859-1'] as const;
export const importEncoding = z
  .string()
  .transform((value) =>
    value
      .trim()
      .toUpperCase()
      .replace(/^WINDOWS-/, 'CP')
      .replace(/^UTF8$/, 'UTF-8')
      .replace(/^LATIN1$/, 'ISO-8859-1'),
  )
  .pipe(z.enum(IMPORT_ENCODINGS, { error: `must be one of ${IMPORT_ENCODINGS.join(', ')}` }));
export type ImportEncoding = z.infer<typeof importEncoding>;

const targetFieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_.:]{0,60}$/, 'must be a target field such as nameAr');

/** The same record with `resource.<code>` keys spelled `resource:<code>`. */
export function withResourcePrefix<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).map(([field, value]) => {
      const code = resourceCodeOf(field);
      return [code === null ? field : `${RESOURCE_FIELD_PREFIX}${code}`, value];
    }),
  );
}

/** Target field → the file's column, e.g. {"registrationNo":"REG_NO","nameAr":"NAME_AR"}. */
export const importMapping = z.record(targetFieldName, z.string().min(1).max(200));
export type ImportMapping = z.infer<typeof importMapping>;

/** Target field → a constant for every row: fills a field the file lacks and the file's empty cells. */
export const importDefaults = z.record(targetFieldName, z.string().trim().min(1).max(300));
export type ImportDefaults = z.infer<typeof importDefaults>;

/** Field → {source value → code}: the user's answer where a value was matched wrongly or not at all. */
export const importValues = z.partialRecord(
  z.enum(Object.keys(VALUE_FIELDS) as [ValueField, ...ValueField[]]),
  z.record(z.string().max(300), z.string().min(1).max(60)),
);
export type ImportValues = z.infer<typeof importValues>;

const jsonText = z
  .string()
  .max(20_000)
  .transform((text, context) => {
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
  defaults: jsonText.pipe(importDefaults).optional(),
  values: jsonText.pipe(importValues).optional(),
  /** The sheet (or layer) to read when the file has several. */
  layer: z.string().trim().min(1).max(200).optional(),
  /** A saved template's name: its mapping, defaults and values, unless the form gives its own. */
  template: z.string().trim().min(1).max(100).optional(),
  sourceSrs: z
    .string()
    .trim()
    .regex(/^EPSG:\d{4,6}$/i, 'must be an EPSG code such as EPSG:22992')
    .transform((value) => value.toUpperCase())
    .optional(),
  encoding: importEncoding.optional(),
  governorate: governorateCode.optional(),
});
export type ImportForm = z.infer<typeof importForm>;

export const importCommitInput = z.strictObject({ skipInvalid: z.boolean().default(false) });

export const IMPORT_FORMATS = ['shapefile', 'geopackage', 'geojson', 'kml', 'csv', 'xlsx', 'ods'] as const;
export const SPREADSHEET_FORMATS: readonly (typeof IMPORT_FORMATS)[number][] = ['xlsx', 'ods'];
/** `failed`: its commit was cut off (the process killed) and rolled back; found and marked at the next start. */
export const IMPORT_STATUSES = ['validated', 'committed', 'undone', 'expired', 'failed'] as const;

export const importDetected = z.object({
  format: z.enum(IMPORT_FORMATS),
  layer: z.string(),
  /** Every sheet (or layer) of the file, with its number of rows: the page offers them. */
  layers: z.array(z.object({ name: z.string(), rows: z.number().int() })),
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
  /** Valid rows naming a stored association that they would change. */
  updated: z.number().int(),
  /** Valid rows naming a stored association that already holds what they say: nothing is written for them. */
  unchanged: z.number().int().default(0), // imports made before it was counted
});
export type ImportCounts = z.infer<typeof importCounts>;

/**
 * `row` 1 is the first data row under the header; `sheetRow` is the spreadsheet's own row number (null for other
 * formats). `code` names the failed check (contracts/problem-codes.ts), its parameters beside it; `message` is English.
 */
export const importRowError = z
  .object({
    row: z.number().int(),
    sheetRow: z.number().int().nullable(),
    field: z.string(),
    code: z.enum(PROBLEM_CODES),
    message: z.string(),
  })
  .catchall(fieldParam);
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

export const valueMatch = z.object({
  value: z.string(),
  code: z.string().nullable(),
  how: z.enum(VALUE_MATCH_HOW).nullable(),
  rows: z.number().int(),
});
export type ValueMatch = z.infer<typeof valueMatch>;

export const importPlacement = z.object({
  exact: z.number().int(),
  village: z.number().int(),
  district: z.number().int(),
  none: z.number().int(),
});
export type ImportPlacement = z.infer<typeof importPlacement>;

export const importTemplate = z.object({
  id: z.number().int(),
  name: z.string(),
  target: importTarget,
  fields: z.array(z.string()),
  mapping: importMapping,
  defaults: importDefaults,
  values: importValues,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImportTemplate = z.infer<typeof importTemplate>;
export const importTemplateRename = z.strictObject({ name: z.string().trim().min(1).max(100) });

export const importResult = importSummary.extend({
  detected: importDetected,
  mapping: importMapping,
  suggestedMapping: importMapping,
  options: z.object({
    governorate: z.string().nullable(),
    encoding: z.string().nullable(),
    sourceSrs: z.string().nullable(),
    layer: z.string().nullable(),
    defaults: importDefaults,
    values: importValues,
    /** The template the mapping came from, if any. */
    template: z.string().nullable(),
  }),
  valueMatches: z.partialRecord(
    z.enum(Object.keys(VALUE_FIELDS) as [ValueField, ...ValueField[]]),
    z.array(valueMatch),
  ),
  placement: importPlacement,
  /** The first staged rows as the file has them (source field → text), to check the Arabic came through. */
  sample: z.array(z.record(z.string(), z.string().nullable())),
  errorCount: z.number().int(),
  errors: z.array(importRowError),
});
export type ImportResult = z.infer<typeof importResult>;
