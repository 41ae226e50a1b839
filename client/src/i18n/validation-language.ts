// zod's messages in the interface language, worded for the forms: a field left empty, too long, a number out of
// range, a malformed date or address. Other codes fall back to zod's own locale; messages the contracts spell out
// themselves stay as written.
import i18next from 'i18next';
import { z } from 'zod';
import { ar, en } from 'zod/locales';
import { formatNumber } from '../lib/format';
import type { Language } from './i18n';

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
      return issue.input === undefined || issue.input === null || issue.input === '' ? t('validation.required') : t('validation.invalid');
    case 'invalid_format':
      return t(issue.format === 'email' ? 'validation.email' : issue.format === 'date' ? 'validation.date' : 'validation.invalid');
    default:
      return undefined;
  }
}

export function applyValidationLanguage(language: Language): void {
  z.config({ customError: (issue) => formMessage(issue, language), localeError: (language === 'ar' ? ar() : en()).localeError });
}
