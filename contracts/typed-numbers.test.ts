// Numbers as typed: Arabic-Indic and Persian digits, ٫ and ٬, read as the same number; empty is unknown, never 0.
import { z } from 'zod';
import { integerParam } from './query-params';
import { latinDigits, numberAsTyped, typedNumber } from './typed-numbers';

test.each([
  ['١٢٠', 120],
  ['۱۲۰', 120],
  ['120', 120],
  ['١٬٢٠٠', 1200],
  ['١٬٢٠٠٬٠٠٠', 1_200_000],
  ['١٫٥', 1.5],
  ['١٬٢٠٠٫٧٥', 1200.75],
  ['-٣٢٫٥', -32.5],
  [' ١٢٠ ', 120],
  ['\u200f١٢٠\u200e', 120],
  ['', null],
  ['  ', null],
])('%j reads as %p', (text, number) => {
  expect(typedNumber(text)).toBe(number);
});

test.each(['abc', '١٢ب', '١٬٢٠', '٬١٢٠', '1,200', '١٫', '1e3', '0x10'])('%j is not a number', (text) => {
  expect(typedNumber(text)).toBeNaN();
});

test('only digits and separators change; other text stays as it was', () => {
  expect(latinDigits('QN-١٩٦٠-٠٠٠٨')).toBe('QN-1960-0008');
  expect(latinDigits('nursery:٢')).toBe('nursery:2');
});

test('a query parameter reads typed digits; a fraction or an empty text is refused, never 0', () => {
  const param = integerParam(0, 10_000);
  expect(param.parse('١٠٠')).toBe(100);
  expect(param.parse('١٬٢٠٠')).toBe(1200);
  expect(param.safeParse('١٫٥').success).toBe(false);
  expect(param.safeParse('').success).toBe(false);
});

test('a body field takes a JSON number or typed text; "" is null where null is allowed, else refused', () => {
  const members = numberAsTyped(z.number().int().min(0));
  const budget = numberAsTyped(z.number().min(0).nullable());
  expect(members.parse('١٢٠')).toBe(120);
  expect(members.parse(120)).toBe(120);
  expect(budget.parse('١٬٢٠٠٫٥')).toBe(1200.5);
  expect(budget.parse('')).toBeNull();
  expect(members.safeParse('').success).toBe(false);
  expect(members.safeParse('lots').error?.issues[0]).toMatchObject({ code: 'invalid_type', expected: 'number' });
});
