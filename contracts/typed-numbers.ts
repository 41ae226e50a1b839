// Numbers as people type them — Arabic-Indic (٠–٩) or Persian (۰–۹) digits, the Arabic decimal (٫) and thousands
// (٬) separators — read as the same number as Latin digits, in URL parameters, API bodies and the client's forms.
// (Imports read cells with the database's own twin, parse_number in migrations/20261124_01_imports.ts.)
import { z } from 'zod';

const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** ٬ between a digit and a group of exactly three; anywhere else it stays, and the text is not a number. */
const THOUSANDS_SEPARATOR = /(?<=\d)\u066C(?=\d{3}(?!\d))/g;
const DECIMAL_SEPARATOR = /\u066B/g;
/** Left-to-right, right-to-left and Arabic letter marks, which phones and copied text put around numbers. */
const BIDI_MARK = /[\u200E\u200F\u061C]/g;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The text with Latin digits and separators ('١٬٢٠٠٫٥' → '1200.5'); everything else is left as it is. */
export function latinDigits(text: string): string {
  return (
    text
      .replace(BIDI_MARK, '')
      // Both digit blocks start at a code point ending in 0, so its last hex digit is the digit's value.
      .replace(EASTERN_DIGIT, (digit) => String(digit.charCodeAt(0) & 0xf))
      .replace(THOUSANDS_SEPARATOR, '')
      .replace(DECIMAL_SEPARATOR, '.')
  );
}

/** A number as typed: null when the text is empty (unknown, never 0), NaN when it is not a number. */
export function typedNumber(text: string): number | null {
  const latin = latinDigits(text).trim();
  if (latin === '') return null;
  return DECIMAL.test(latin) ? Number(latin) : NaN;
}

/** A query parameter's schema, given its text with Latin digits; documented as `schema` is. */
export const digitsAsTyped = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z.preprocess((text: string) => latinDigits(text), schema);

/**
 * A numeric body field: a JSON number, or text as typed ("١٢٠" is 120, "" is null). Text that is no number reaches
 * `schema` as it came, which refuses it as a string. Wrap the nullable schema, so that "" can be null.
 */
export const numberAsTyped = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value: unknown) => {
    if (typeof value !== 'string') return value;
    const read = typedNumber(value);
    return Number.isNaN(read) ? value : read;
  }, schema);
