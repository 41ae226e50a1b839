// zod's messages in the interface language, worded for the forms: a field left empty, too long, a number out of
// range, a malformed date or address. Other codes fall back to zod's own locale. The messages the contracts spell
// out themselves (INPUT_RULES) win over both in zod, so the forms word those through wordRule, for the client's own
// checks and for the field errors the server sends alike.
import i18next from 'i18next';
import { z } from 'zod';
import { ar, en } from 'zod/locales';
import { ruleOf } from '../../../contracts/input-rules';
import { formatNumber } from '../lib/format';
import { isLanguage, type Language } from './i18n';

function formMessage(issue: z.core.$ZodRawIssue, language: Language): string | undefined {
  const t = (key: string, bound: number | bigint = 0) =>
    i18next.t(key, { lng: language, value: formatNumber(Number(bound), language) });
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('validation.required') : t('validation.minLength', issue.minimum);
      return issue.origin === 'number' || issue.origin === 'int' ? t('validation.atLeast', issue.minimum) : undefined;
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', issue.maximum);
      return issue.origin === 'number' || issue.origin === 'int' ? t('validation.atMost', issue.maximum) : undefined;
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? t('validation.required') : t('validation.invalid');
    case 'invalid_format':
      return t(issue.format === 'email' ? 'validation.email' : issue.format === 'date' ? 'validation.date' : 'validation.invalid');
    default:
      return undefined;
  }
}

function applyValidationLanguage(language: string): void {
  const chosen: Language = isLanguage(language) ? language : 'ar';
  z.config({ customError: (issue) => formMessage(issue, chosen), localeError: (chosen === 'ar' ? ar() : en()).localeError });
}

/** Keeps zod's messages in step with i18next from now on. */
export function followInterfaceLanguage(): void {
  applyValidationLanguage(i18next.language);
  i18next.on('languageChanged', applyValidationLanguage);
}

/** A rule a contract words itself, in the interface language; any other message as it is. */
const RULE_KEYS = { outside_egypt: 'outsideEgypt', not_a_phone_number: 'phone', ends_before_start: 'endsBeforeStart' } as const;

export function wordRule(message: string): string {
  const rule = ruleOf(message);
  return rule ? i18next.t(`validation.rules.${RULE_KEYS[rule]}`) : message;
}
