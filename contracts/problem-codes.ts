// Every machine `code` a problem+json (RFC 9457) carries — for the refusal as a whole and for each errors[] entry,
// an import's report lines included — so clients word them in their own language (client/src/i18n/problems.*.ts).
// snake_case; the six camelCase workbook and zip codes are older and kept as they were, because tests name them.

/** The refusal as a whole (`problem.code`). The first twelve are the plain kinds, when nothing more precise is said. */
export const REQUEST_CODES = [
  'bad_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'version_required',
  'too_many_requests',
  'payload_too_large',
  'unsupported_media_type',
  'unprocessable',
  'unavailable',
  'internal_error',
  // What was sent
  'invalid_parameter',
  'invalid_body',
  'invalid_json',
  'invalid_header',
  // Sign-in and sessions
  'invalid_credentials',
  'csrf_token_invalid',
  'cross_origin',
  // The registry
  'version_conflict',
  'already_exists',
  'unknown_reference',
  'breaks_registry_rule',
  'query_timeout',
  'export_too_large',
  'database_unavailable',
  'migrations_pending',
  'disk_full',
  // Imports: the upload and its file
  'import_file_missing',
  'import_upload_invalid',
  'import_empty_file',
  'import_unknown_format',
  'import_unreadable_file',
  'import_shapefile_incomplete',
  'import_no_data_file',
  'import_several_data_files',
  'import_no_features',
  'import_several_layers',
  'import_unknown_layer',
  'import_unknown_srs',
  'import_zip_encrypted',
  'import_zip_too_many_entries',
  'import_zip_too_large',
  'zipBomb',
  'xlsNotSupported',
  'spreadsheetEncrypted',
  'tooManySheets',
  'tooManyColumns',
  'tooManyRows',
  // Imports: mapping, templates, commit and undo
  'import_busy',
  'import_mapping_mismatch',
  'import_unknown_template',
  'import_unknown_values',
  'import_template_name_taken',
  'import_nothing_valid',
  'import_has_invalid_rows',
  'import_wrong_status',
  'import_undo_conflict',
  'import_strands_associations',
] as const;

/**
 * One field (`errors[].code`, with its parameters beside it) or one line of an import's report. zod's own issue codes
 * come first, as zod names them, with their parameters (`minimum`, `maximum`, `origin`, `format`, `values`, `divisor`).
 */
export const FIELD_CODES = [
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
  // Any input
  'required',
  'control_characters',
  'invalid_encoding',
  'too_vague',
  // Rules the contracts word themselves (contracts/input-rules.ts)
  'outside_egypt',
  'not_a_phone_number',
  'ends_before_start',
  // Import mapping and report lines
  'unknown_field',
  'unknown_column',
  'required_for_new',
  'not_a_number',
  'not_a_whole_number',
  'not_a_date',
  'duplicate_in_file',
  'deleted_association',
  'outside_your_governorates',
  'not_in_import_governorate',
  'unknown_sector',
  'unknown_resource',
  'invalid_quantity',
  'contradicts_partner',
  'unknown_governorate',
  'unknown_district',
  'ambiguous_district',
  'unknown_village',
  'ambiguous_village',
  'wrong_geometry',
  'invalid_geometry',
  'outside_every_district',
  'name_required',
  'out_of_range',
] as const;

/** Both lists: the one type every `code` is. */
export const PROBLEM_CODES = [...REQUEST_CODES, ...FIELD_CODES] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type RequestCode = (typeof REQUEST_CODES)[number];

const KNOWN = new Set<string>(PROBLEM_CODES);
export const isProblemCode = (value: unknown): value is ProblemCode => typeof value === 'string' && KNOWN.has(value);

/** The codes older than the snake_case scheme, kept because tests name them. */
export const LEGACY_CODES: readonly ProblemCode[] = [
  'zipBomb',
  'xlsNotSupported',
  'spreadsheetEncrypted',
  'tooManySheets',
  'tooManyColumns',
  'tooManyRows',
];
