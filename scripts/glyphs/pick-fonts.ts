// Decides which font of a stack draws each wanted code point of a range: the Arabic blocks come from the
// Arabic font, everything else from the Latin font, each falling back to the other; controls are skipped.
import { ARABIC_FIRST_BLOCKS, GLYPH_BLOCKS, type FontStack } from './config';

/** Font file → the code points of the range it draws, ascending. */
export type RangePlan = Map<string, number[]>;

/** `coverage` maps each font file to the code points its cmap has (see cmap.ts). */
export function planRange(rangeStart: number, stack: FontStack, coverage: Map<string, Set<number>>): RangePlan {
  const plan: RangePlan = new Map();
  for (let codePoint = rangeStart; codePoint < rangeStart + 256; codePoint++) {
    if (!GLYPH_BLOCKS.some(({ first, last }) => codePoint >= first && codePoint <= last)) continue;
    if (/^\p{Cc}$/u.test(String.fromCodePoint(codePoint))) continue;
    const font = fontOrder(codePoint, stack).find((file) => coverage.get(file)?.has(codePoint));
    if (!font) continue;
    plan.set(font, [...(plan.get(font) ?? []), codePoint]);
  }
  return plan;
}

function fontOrder(codePoint: number, stack: FontStack): string[] {
  const arabicFirst = ARABIC_FIRST_BLOCKS.some(([first, last]) => codePoint >= first && codePoint <= last);
  return arabicFirst ? [stack.arabicFont, stack.latinFont] : [stack.latinFont, stack.arabicFont];
}

/** The range's file name, as MapLibre asks for it: "0-255", "1536-1791", … */
export function rangeName(rangeStart: number): string {
  return `${rangeStart}-${rangeStart + 255}`;
}
