// The vocabularies an import matches against: resource types (code, Arabic and English label) for mapping
// suggestions and checks, and the codes of every list, to check the user's own value choices.
import { VALUE_FIELDS, type ImportValues, type ValueField } from '../../../../../contracts/imports';
import type { FieldError } from '../../../../../contracts/problem';
import type { Db } from '../../../db';
import { HttpProblem, refusedField } from '../../../http/http-problem';
import type { VocabularyLabel } from './suggest-mapping';

export async function listResourceTypes(db: Db): Promise<VocabularyLabel[]> {
  return await db('resource_types')
    .orderBy('sort_order')
    .select<VocabularyLabel[]>('code', 'label_ar as labelAr', 'label_en as labelEn');
}

/** Throws a 422 naming every chosen code that is not a code of its field's list. */
export async function checkValueChoices(db: Db, values: ImportValues): Promise<void> {
  const chosen = Object.entries(values) as [ValueField, Record<string, string>][];
  if (chosen.length === 0) return;
  const rows = await db('vocabulary_terms').distinct<{ list: string; code: string }[]>('list', 'code');
  const errors: FieldError[] = [];
  for (const [field, choices] of chosen) {
    const codes = rows.filter((row) => row.list === VALUE_FIELDS[field]).map((row) => row.code);
    for (const [value, code] of Object.entries(choices)) {
      if (!codes.includes(code))
        errors.push(
          refusedField(`values.${field}.${value}`, 'invalid_value', `${code} is not one of ${codes.join(', ')}`, {
            value: code,
            values: codes,
          }),
        );
    }
  }
  if (errors.length)
    throw new HttpProblem(
      'unprocessable',
      `Some chosen values are not codes: ${errors.map((e) => e.field).join(', ')}`,
      errors,
      {
        code: 'import_unknown_values',
      },
    );
}
