// Checks a mapping (target field → the file's column) against the target's fields and the file's columns, and
// builds the view that presents the staged columns under the target's field names. Column names are quoted.
import { escapeIdentifier, escapeLiteral } from 'pg';
import {
  IMPORT_TARGET_FIELDS,
  resourceCodeOf,
  type ImportDefaults,
  type ImportMapping,
  type ImportTarget,
} from '../../../../../contracts/imports';
import type { FieldError } from '../../../../../contracts/problem';
import { refusedField } from '../../../http/http-problem';
import type { StagingNames } from '../read/staging';

const KEY_FIELD: Record<ImportTarget, string> = {
  associations: 'registrationNo',
  governorates: 'code',
  districts: 'code',
  villages: 'osmId',
};

const targetFields = (target: ImportTarget) => Object.keys(IMPORT_TARGET_FIELDS[target]);

/** The error for a field name that is no field of the target (or no resource type), else null. */
function unknownField(target: ImportTarget, field: string, resourceCodes: string[]): string | null {
  const resource = resourceCodeOf(field);
  if (resource !== null)
    return target === 'associations' && resourceCodes.includes(resource)
      ? null
      : `${resource} is not a resource type (${resourceCodes.join(', ')})`;
  const known = targetFields(target);
  return known.includes(field) ? null : `is not a field of ${target} (${known.join(', ')})`;
}

/**
 * Every mapping entry that points nowhere, every default for no field, and a missing key field. A field may come
 * from a column or a default, or both (the default fills the column's empty cells).
 */
export function mappingErrors(
  target: ImportTarget,
  mapping: ImportMapping,
  defaults: ImportDefaults,
  fields: string[],
  resourceCodes: string[],
): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, column] of Object.entries(mapping)) {
    const unknown = unknownField(target, field, resourceCodes);
    if (unknown) errors.push(refusedField(`mapping.${field}`, 'unknown_field', unknown, { name: field }));
    if (!fields.includes(column)) {
      errors.push(
        refusedField(
          `mapping.${field}`,
          'unknown_column',
          `the file has no column "${column}" (it has ${fields.join(', ')})`,
          { column, columns: fields },
        ),
      );
    }
  }
  for (const field of Object.keys(defaults)) {
    const unknown = unknownField(target, field, resourceCodes);
    if (unknown) errors.push(refusedField(`defaults.${field}`, 'unknown_field', unknown, { name: field }));
  }
  const key = KEY_FIELD[target];
  if (!mapping[key])
    errors.push(
      refusedField(`mapping.${key}`, 'required', `name the column that holds ${key}: rows are matched by it`),
    );
  return errors;
}

/**
 * `CREATE VIEW source_<id>`: `row_no`, `geom`, one text column per target field (NULL when neither mapped nor
 * defaulted; a default fills empty cells) and, for associations, `resourceColumns` (resource code → text).
 * `columns[i]` is where GDAL put `fields[i]`.
 */
export function sourceViewSql(
  names: StagingNames,
  target: ImportTarget,
  mapping: ImportMapping,
  defaults: ImportDefaults,
  fields: string[],
  columns: string[],
): string {
  const columnOf = (field: string) => {
    const fallback = defaults[field] === undefined ? null : escapeLiteral(defaults[field]);
    if (!mapping[field]) return fallback ?? 'NULL::text';
    const column = columns[fields.indexOf(mapping[field])];
    if (column === undefined) throw new Error(`no staged column for ${field}`);
    const cell = `s.${escapeIdentifier(column)}::text`;
    return fallback === null ? cell : `coalesce(nullif(btrim(${cell}), ''), ${fallback})`;
  };
  const selected = targetFields(target).map((field) => `${columnOf(field)} AS ${escapeIdentifier(field)}`);
  if (target === 'associations') {
    const resources = [...new Set([...Object.keys(mapping), ...Object.keys(defaults)])]
      .filter((field) => resourceCodeOf(field) !== null)
      .map((field) => `${escapeLiteral(resourceCodeOf(field) as string)}, ${columnOf(field)}`);
    selected.push(
      `${resources.length ? `jsonb_build_object(${resources.join(', ')})` : 'NULL::jsonb'} AS "resourceColumns"`,
    );
  }
  const [schema, view] = names.source.split('.') as [string, string];
  const [stagedSchema, staged] = names.staged.split('.') as [string, string];
  return `CREATE VIEW ${escapeIdentifier(schema)}.${escapeIdentifier(view)} AS
    SELECT s.import_row AS row_no, s.geom, ${selected.join(', ')}
      FROM ${escapeIdentifier(stagedSchema)}.${escapeIdentifier(staged)} s`;
}
