// Every problem code of contracts/problem-codes.ts in English: the refusal as a whole, then one field's trouble or one
// line of an import's report. {{…}} are the code's parameters; `<code>_<variant>` sentences are chosen by a parameter
// (a string's length, a date's format, a polygon), see problem-words.ts.
import type { ProblemCode } from '../../../contracts/problem-codes';

/**
 * Sentences worded by a parameter (i18next's context): zod's `origin`, `format`, the shape `expected`, a quoted cell.
 */
export type ProblemVariant =
  | 'too_small_string'
  | 'too_small_array'
  | 'too_big_string'
  | 'too_big_array'
  | 'too_big_file'
  | 'invalid_format_email'
  | 'invalid_format_date'
  | 'invalid_format_iso_3166_2'
  | 'invalid_format_hasc'
  | 'wrong_geometry_point'
  | 'wrong_geometry_polygon'
  | 'invalid_value_cell'
  | 'outside_egypt_point';

export type ProblemWords = Record<ProblemCode | ProblemVariant, string>;

export const problemsEn: ProblemWords = {
  bad_request: 'The server did not accept the request.',
  unauthenticated: 'Sign in first.',
  forbidden: 'Your role does not allow this.',
  not_found: 'Not found.',
  conflict: 'The request conflicts with the registry as it is.',
  version_required: 'The change was sent without the version it was made to; reload and try again.',
  too_many_requests: 'Too many requests; wait a moment and try again.',
  payload_too_large: 'The file or request is larger than allowed.',
  unsupported_media_type: 'This kind of file or request is not accepted.',
  unprocessable: 'The data breaks a rule of the registry.',
  unavailable: 'The server is not available now.',
  internal_error: 'Something went wrong on the server; it has been logged.',
  invalid_parameter: 'A value in the page address was not accepted.',
  invalid_body: 'Some fields were not accepted; see the notes beside them.',
  invalid_json: 'The request could not be read.',
  invalid_header: 'The request was malformed; reload the page and try again.',
  invalid_credentials: 'The email or the password is wrong.',
  csrf_token_invalid: 'Your session has changed; reload the page and try again.',
  cross_origin: 'Changes are accepted from the atlas itself only.',
  version_conflict: 'Someone else changed this since you opened it.',
  already_exists: 'This already exists in the registry.',
  unknown_reference: 'Refers to something that is not in the registry.',
  breaks_registry_rule: 'A value breaks a rule of the registry.',
  query_timeout: 'This took too long; narrow the filters and try again.',
  export_too_large: 'Too many associations for one file; narrow the filters and export in parts.',
  database_unavailable: 'The database cannot be reached now.',
  migrations_pending: 'The database is being updated; try again shortly.',
  disk_full: 'The server has no room for this file now; tell the administrator.',
  import_file_missing: 'Choose a file to import.',
  import_upload_invalid: 'The upload could not be read; send it again.',
  import_empty_file: 'The file is empty.',
  import_unknown_format:
    'The import does not read this kind of file: ' +
    'send a workbook (.xlsx, .ods), a zipped shapefile, GeoPackage, GeoJSON, KML or CSV.',
  import_unreadable_file: 'The file could not be read: check that it opens, and the encoding of its text.',
  import_shapefile_incomplete: 'A shapefile needs its .shp, .shx and .dbf together in one zip.',
  import_no_data_file: 'The zip holds no data file.',
  import_several_data_files: 'The zip holds several data files; send one per import.',
  import_no_features: 'The file holds no rows to import.',
  import_several_layers: 'The file holds several layers; choose the one to import.',
  import_unknown_layer: 'The file has no sheet or layer by that name.',
  import_unknown_srs: 'The file does not say which coordinate system it uses; choose one (EPSG).',
  import_zip_encrypted: 'The zip is protected by a password; send it without one.',
  import_zip_too_many_entries: 'The zip holds too many files.',
  import_zip_too_large: 'The zip would unpack to more than is allowed.',
  zipBomb: 'The file would unpack to many times its size; it was refused as unsafe.',
  xlsNotSupported: 'This is an old Excel workbook (.xls): save it as .xlsx and send that.',
  spreadsheetEncrypted: 'The workbook is protected by a password: remove it and send the file again.',
  tooManySheets: 'The workbook has too many sheets: keep the registry’s sheet and send that.',
  tooManyColumns: 'A sheet has more columns than are read.',
  tooManyRows: 'The file has more rows than one import takes: split it.',
  import_busy: 'An import is already running; try again when it has finished.',
  import_mapping_mismatch: 'The column mapping does not fit the file: correct it below.',
  import_unknown_template: 'There is no saved mapping by that name.',
  import_unknown_values: 'Some chosen values are not in their lists.',
  import_template_name_taken: 'Another saved mapping already has this name.',
  import_nothing_valid: 'No row is valid: there is nothing to import.',
  import_has_invalid_rows: 'Some rows have errors: fix the file, or choose to skip them.',
  import_wrong_status: 'This import was already committed or undone.',
  import_undo_conflict: 'This import cannot be undone: its rows were changed since.',
  import_strands_associations: 'These boundaries would leave associations outside every district; nothing was changed.',

  invalid_type: 'Not a valid value',
  too_small: 'Must be at least {{minimum}}',
  too_small_string: 'Must be at least {{minimum}} characters',
  too_small_array: 'Choose at least {{minimum}}',
  too_big: 'Must be at most {{maximum}}',
  too_big_string: 'Must be at most {{maximum}} characters',
  too_big_array: 'Choose at most {{maximum}}',
  too_big_file: 'The file is larger than allowed',
  invalid_format: 'Not in the expected form',
  invalid_format_email: 'Not a valid email address',
  invalid_format_date: 'Not a valid date (year-month-day)',
  invalid_format_iso_3166_2: 'Not a governorate code such as EG-KN',
  invalid_format_hasc: 'Not a district code such as EG.QN.QS',
  not_multiple_of: 'Must be a multiple of {{divisor}}',
  unrecognized_keys: 'Not a known field',
  invalid_union: 'Not a valid value',
  invalid_key: 'Not a valid key',
  invalid_element: 'Holds a value that is not valid',
  invalid_value: 'Not one of the accepted values',
  invalid_value_cell: '“{{value}}” is not one of the accepted values',
  custom: 'Not accepted',
  required: 'Required',
  control_characters: 'Holds characters that cannot be typed',
  invalid_encoding: 'Not valid in a web address',
  too_vague: '“{{word}}” is too short to search for; type more of it',
  outside_egypt: 'Outside Egypt: place the association on the map',
  outside_egypt_point: 'The point lies outside Egypt',
  not_a_phone_number: 'Not a phone number',
  ends_before_start: 'Ends before it starts',
  unknown_field: 'Not a field that can be imported',
  unknown_column: 'The file has no column “{{column}}”',
  required_for_new: 'Required for a new entry',
  not_a_number: '“{{value}}” is not a number',
  not_a_whole_number: 'Must be a whole number',
  not_a_date: '“{{value}}” is not a date (year-month-day or day/month/year)',
  duplicate_in_file: '{{value}} appears on rows {{rows}} of the file',
  deleted_association: 'Belongs to association no. {{association}}, which was deleted: restore it first',
  outside_your_governorates: 'Outside the governorates you may change',
  not_in_import_governorate: 'Not in the governorate this import is for',
  unknown_sector: 'Unknown sector “{{values}}”: choose its meaning in the value table',
  unknown_resource: 'Unknown resource “{{values}}”: choose its meaning in the value table',
  invalid_quantity: 'A quantity is a whole number from 0, or yes/no: {{values}}',
  contradicts_partner: 'Says no international cooperation, yet names the partner or donor “{{partner}}”',
  unknown_governorate: 'No governorate is called “{{value}}”',
  unknown_district: 'No district “{{value}}” was found',
  ambiguous_district: '“{{value}}” could be more than one district: name the governorate',
  unknown_village: 'No village “{{value}}” was found',
  ambiguous_village: 'There is a village “{{value}}” in more than one district: name its district',
  wrong_geometry: 'Not the right kind of shape',
  wrong_geometry_point: 'Must be a point',
  wrong_geometry_polygon: 'Must be an area (a polygon)',
  invalid_geometry: 'Not a valid polygon',
  outside_every_district: 'Outside every district',
  name_required: 'A new village needs an Arabic or an English name',
  out_of_range: 'Must be between {{minimum}} and {{maximum}}',
};
