// Words a problem's code, or one field's, in the interface language from the dictionaries' `problems` table, with the
// code's parameters as a sentence needs them (numbers in the language's digits, lists joined as it joins them). A code
// this client does not know is never shown as the server's English: a plain sentence with the code beside it.
import i18next from 'i18next';
import type { FieldParam, FieldParams } from '../../../contracts/field-errors';
import { isProblemCode, type ProblemCode } from '../../../contracts/problem-codes';
import { formatNumber } from '../lib/format';
import { isLanguage, type Language } from './i18n';

/** The parameter that picks a `<code>_<variant>` sentence when the dictionary has one. */
const VARIANT_PARAM: Partial<Record<ProblemCode, string>> = {
  too_small: 'origin',
  too_big: 'origin',
  invalid_format: 'format',
  wrong_geometry: 'expected',
};

/**
 * The variant of `code`'s sentence: by its parameter above, `cell` when an import line quotes the cell refused, `point`
 * when it gives the point outside Egypt (the form's own sentence asks to place the association on the map).
 */
function variantOf(code: ProblemCode, params: FieldParams): string | undefined {
  if (code === 'invalid_value') return typeof params.value === 'string' ? 'cell' : undefined;
  if (code === 'outside_egypt') return params.lon !== undefined ? 'point' : undefined;
  const name = VARIANT_PARAM[code];
  const value = name ? params[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'ar');

function asText(value: FieldParam | undefined, language: Language): string {
  if (typeof value === 'number') return formatNumber(value, language);
  if (Array.isArray(value)) return value.map((item) => asText(item, language)).join(language === 'ar' ? '، ' : ', ');
  return value === null || value === undefined ? '' : String(value);
}

/** The sentence for `code` with its parameters; null for a code not in the contract's list. */
export function wordCode(
  code: string | undefined,
  params: FieldParams = {},
  language = currentLanguage(),
): string | null {
  if (!isProblemCode(code)) return null;
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, asText(value, language)]));
  return i18next.t(`problems.${code}`, { ...values, lng: language, context: variantOf(code, params) });
}

/** A field error as sent by the server or made by a form: its code, parameters and (English) message. */
export interface WordableError {
  code?: string;
  message: string;
  [param: string]: unknown;
}

/** What a field error carries beside its code and parameters. */
const NOT_PARAMS = new Set(['message', 'field']);

/** One field's trouble in the interface language; an unknown code says so and shows the code itself. */
export function wordFieldError(error: WordableError, language = currentLanguage()): string {
  const { code, ...rest } = error;
  const params = Object.fromEntries(
    Object.entries(rest).filter(([name, value]) => value !== undefined && !NOT_PARAMS.has(name)),
  ) as FieldParams;
  return wordCode(code, params, language) ?? i18next.t('errors.unknownCode', { lng: language, code: code ?? '—' });
}
