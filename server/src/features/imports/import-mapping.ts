// Checks a mapping (target field → the file's column) against the target's fields and the file's columns, and
// builds the view that presents the staged columns under the target's field names. Column names are quoted.
import { escapeIdentifier, escapeLiteral } from 'pg';
import { IMPORT_TARGET_FIELDS, RESOURCE_FIELD_PREFIX, type ImportMapping, type ImportTarget } from '../../../../contracts/imports';
import type { FieldError } from '../../../../contracts/problem';
import { HttpProblem } from '../../http/http-problem';
import type { StagingNames } from './staging';

const KEY_FIELD: Record<ImportTarget, string> = { associations: 'registrationNo', governorates: 'code', districts: 'code', villages: 'osmId' };

const targetFields = (target: ImportTarget) => Object.keys(IMPORT_TARGET_FIELDS[target]);

/** Throws a 422 naming every mapping entry that points nowhere, or a missing key field. */
export function checkMapping(target: ImportTarget, mapping: ImportMapping, fields: string[], resourceCodes: string[]): void {
  const known = new Set(targetFields(target));
  const errors: FieldError[] = [];
  for (const [field, column] of Object.entries(mapping)) {
    const resource = field.startsWith(RESOURCE_FIELD_PREFIX) ? field.slice(RESOURCE_FIELD_PREFIX.length) : null;
    if (resource !== null && (target !== 'associations' || !resourceCodes.includes(resource))) {
      errors.push({ field: `mapping.${field}`, message: `${resource} is not a resource type (${resourceCodes.join(', ')})` });
    } else if (resource === null && !known.has(field)) {
      errors.push({ field: `mapping.${field}`, message: `is not a field of ${target} (${[...known].join(', ')})` });
    }
    if (!fields.includes(column)) errors.push({ field: `mapping.${field}`, message: `the file has no column "${column}" (it has ${fields.join(', ')})` });
  }
  const key = KEY_FIELD[target];
  if (!mapping[key]) errors.push({ field: `mapping.${key}`, message: `name the column that holds ${key}: rows are matched by it` });
  if (errors.length) throw new HttpProblem('unprocessable', `The mapping does not fit the file: ${errors.map((e) => e.field).join(', ')}`, errors);
}

/**
 * `CREATE VIEW source_<id>`: `row_no`, `geom`, one text column per target field (NULL when unmapped) and, for
 * associations, `resourceColumns` (resource code → text). `columns[i]` is where GDAL put `fields[i]`.
 */
export function sourceViewSql(names: StagingNames, target: ImportTarget, mapping: ImportMapping, fields: string[], columns: string[]): string {
  const columnOf = (field: string) => {
    const column = columns[fields.indexOf(mapping[field] as string)];
    if (column === undefined) throw new Error(`no staged column for ${field}`);
    return `s.${escapeIdentifier(column)}::text`;
  };
  const selected = targetFields(target).map((field) => `${mapping[field] ? columnOf(field) : 'NULL::text'} AS ${escapeIdentifier(field)}`);
  if (target === 'associations') {
    const resources = Object.keys(mapping)
      .filter((field) => field.startsWith(RESOURCE_FIELD_PREFIX))
      .map((field) => `${escapeLiteral(field.slice(RESOURCE_FIELD_PREFIX.length))}, ${columnOf(field)}`);
    selected.push(`${resources.length ? `jsonb_build_object(${resources.join(', ')})` : 'NULL::jsonb'} AS "resourceColumns"`);
  }
  const [schema, view] = names.source.split('.') as [string, string];
  const [stagedSchema, staged] = names.staged.split('.') as [string, string];
  return `CREATE VIEW ${escapeIdentifier(schema)}.${escapeIdentifier(view)} AS
    SELECT s.import_row AS row_no, s.geom, ${selected.join(', ')}
      FROM ${escapeIdentifier(stagedSchema)}.${escapeIdentifier(staged)} s`;
}
