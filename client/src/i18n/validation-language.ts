// zod's messages in the interface language, for the forms' own checks: each issue gets the code and parameters the
// server would send for it (contracts/field-errors.ts) and is worded from the same `problems` table as the server's
// refusals. Rules the contracts word themselves keep their English message in zod (a schema's message wins over the
// error map), so forms read an issue through wordIssue.
import i18next from 'i18next';
import { z } from 'zod';
import { codeOfIssue } from '../../../contracts/field-errors';
import { ruleOf } from '../../../contracts/input-rules';
import { isLanguage, type Language } from './i18n';
import { wordCode } from './problem-words';

const wordRaw = (issue: z.core.$ZodRawIssue, language: Language): string | undefined => {
  const { code, params } = codeOfIssue(issue);
  return wordCode(code, params, language) ?? undefined;
};

function applyValidationLanguage(language: string): void {
  const chosen: Language = isLanguage(language) ? language : 'ar';
  z.config({ customError: (issue) => wordRaw(issue, chosen) });
}

/** Keeps zod's messages in step with i18next from now on. */
export function followInterfaceLanguage(): void {
  applyValidationLanguage(i18next.language);
  i18next.on('languageChanged', applyValidationLanguage);
}

/** An issue of a form's own check in the interface language: the error map worded it, unless it is a rule of ours. */
export function wordIssue(issue: z.core.$ZodIssue): string {
  const rule = ruleOf(issue.message);
  return rule ? (wordCode(rule) ?? issue.message) : issue.message;
}
