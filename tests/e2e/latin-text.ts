// Finds Latin-script words and Latin digits in what a page shows (document.body.innerText), less what may be Latin in
// the Arabic interface: codes, registration numbers, proper names, units and the sources the attribution names.
import { isProblemCode } from '../../contracts/problem-codes';
import type { AtlasPage } from '../support/browser';

/** Runs of Latin letters and digits, with the marks that join them inside a word or a code (EG-KN, 3.0, Who's). */
const LATIN_RUN = /[A-Za-z0-9](?:[A-Za-z0-9'’._@/:+-]*[A-Za-z0-9])?/g;

/** Latin the Arabic interface may show, said once: the sources the attribution names, the language switch, units. */
export const ALWAYS_ALLOWED = new Set([
  // The attribution's source names and licence (© OpenStreetMap contributors, geoBoundaries (CC BY 3.0 IGO), …)
  'OpenStreetMap',
  'geoBoundaries',
  'CC',
  'BY',
  '3.0',
  'IGO',
  "Who's",
  'On',
  'First',
  'Natural',
  'Earth',
  'CAPMAS',
  'MapLibre',
  // The switch to the other language is written in that language
  'English',
  // Units
  'km',
]);

/** Codes: problem codes, governorate and district codes, registration numbers (QN-1960-0008), EPSG codes. */
const CODE_PATTERNS = [/^EG[-.][A-Z]{2,3}(\.[A-Z]{2})?$/, /^[A-Z]{2}-\d{4}-\d{4}$/, /^EPSG:\d{4,6}$/];
const isCode = (word: string) => isProblemCode(word) || CODE_PATTERNS.some((pattern) => pattern.test(word));

/**
 * The Latin words and numbers in `text` that none of the allowances covers, each with a little of its context. A word
 * cut short with an ellipsis (a long name in a chart) counts as the allowed word it begins.
 */
export function strayLatin(text: string, allowed: Iterable<string> = []): string[] {
  const extra = new Set(allowed);
  const isAllowed = (word: string, next: string) =>
    ALWAYS_ALLOWED.has(word) ||
    extra.has(word) ||
    isCode(word) ||
    (next === '…' && [...extra].some((whole) => whole.startsWith(word)));
  return [...text.matchAll(LATIN_RUN)]
    .filter((match) => !isAllowed(match[0], text.charAt(match.index + match[0].length)))
    .map((match) => {
      const start = Math.max(0, match.index - 25);
      return `${match[0]}  «${text.slice(start, match.index + match[0].length + 25).replace(/\s+/g, ' ')}»`;
    });
}

/** What the page shows now, as a person reads it (hidden elements and closed <details> left out). */
export const visibleText = (atlas: AtlasPage): Promise<string> => atlas.page.evaluate(() => document.body.innerText);

/** Every word of some English text, to allow a proper name the registry holds (an English name, a partner). */
export const wordsOf = (...texts: (string | null | undefined)[]): string[] =>
  texts.flatMap((text) => [...(text ?? '').matchAll(LATIN_RUN)].map(([word]) => word));
