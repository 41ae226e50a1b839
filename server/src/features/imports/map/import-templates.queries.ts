// Import templates: a committed import's mapping, defaults and values under a name, offered again for a file with
// the same columns. The only code that knows the import_templates table.
import type { Knex } from 'knex';
import type { ImportTemplate, ImportTarget } from '../../../../../contracts/imports';
import type { Db } from '../../../db';

type Queryable = Db | Knex.Transaction;

export type TemplateDraft = Pick<ImportTemplate, 'name' | 'target' | 'fields' | 'mapping' | 'defaults' | 'values'>;

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const COLUMNS = `id, name, target, fields, mapping, defaults, "values",
  ${iso('created_at')} AS "createdAt", ${iso('updated_at')} AS "updatedAt"`;

/** Columns compared as a set: the same headers in another order are the same file. */
const sortedFields = (fields: readonly string[]) => [...fields].sort();

export async function listTemplates(db: Db): Promise<ImportTemplate[]> {
  return (await db('import_templates').select(db.raw(COLUMNS)).orderBy('name')) as ImportTemplate[];
}

export async function findTemplateById(db: Queryable, id: number): Promise<ImportTemplate | null> {
  return (
    ((await db('import_templates').select(db.raw(COLUMNS)).where({ id }).first()) as ImportTemplate | undefined) ?? null
  );
}

export async function findTemplateByName(db: Queryable, name: string): Promise<ImportTemplate | null> {
  return (
    ((await db('import_templates').select(db.raw(COLUMNS)).where({ name }).first()) as ImportTemplate | undefined) ??
    null
  );
}

/** The latest template saved for a file with exactly these columns. */
export async function findTemplateForFields(
  db: Queryable,
  target: ImportTarget,
  fields: readonly string[],
): Promise<ImportTemplate | null> {
  const found = (await db('import_templates')
    .select(db.raw(COLUMNS))
    .where({ target })
    .whereRaw('fields = ?::text[]', [sortedFields(fields)])
    .orderBy('updated_at', 'desc')
    .first()) as ImportTemplate | undefined;
  return found ?? null;
}

/** Creates the template, or brings the one of that name up to date. */
export async function saveTemplate(db: Queryable, draft: TemplateDraft, createdBy: number | null): Promise<void> {
  const content = {
    target: draft.target,
    fields: sortedFields(draft.fields),
    mapping: JSON.stringify(draft.mapping),
    defaults: JSON.stringify(draft.defaults),
    values: JSON.stringify(draft.values),
  };
  await db('import_templates')
    .insert({ name: draft.name, ...content, created_by: createdBy })
    .onConflict('name')
    .merge({ ...content, updated_at: db.fn.now() });
}

/** False when there is no such template; a name another template has is the caller's conflict to report. */
export async function renameTemplate(db: Db, id: number, name: string): Promise<boolean> {
  return (await db('import_templates').where({ id }).update({ name, updated_at: db.fn.now() })) === 1;
}

export async function deleteTemplate(db: Db, id: number): Promise<boolean> {
  return (await db('import_templates').where({ id }).delete()) === 1;
}
