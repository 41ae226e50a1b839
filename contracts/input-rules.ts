// Rules the contracts word themselves, by code: a zod issue with one of these messages is refused with the rule's
// code (errors[].code), which clients word in their language; the message stays for outside tools.
import type { ProblemCode } from './problem-codes';

export const INPUT_RULES = {
  outside_egypt: 'is outside Egypt (coordinates are [longitude, latitude] in WGS 84)',
  not_a_phone_number: 'must be a phone number',
  ends_before_start: 'must not be before the start',
} as const satisfies Partial<Record<ProblemCode, string>>;

type RuleCode = keyof typeof INPUT_RULES;

/** The rule a message spells out, if it is one of ours. */
export function ruleOf(message: string | undefined): RuleCode | undefined {
  return (Object.keys(INPUT_RULES) as RuleCode[]).find((code) => INPUT_RULES[code] === message);
}
