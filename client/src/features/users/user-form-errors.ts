// What a refused user form says: each issue after the label of its field, in the interface language.
import i18next from 'i18next';
import type { z } from 'zod';

export function issuesText(issues: z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = String(issue.path[0] ?? '');
      const label = i18next.exists(`users.${field}`) ? i18next.t(`users.${field}`) : field;
      return `${label}: ${issue.message}`;
    })
    .join('; ');
}
