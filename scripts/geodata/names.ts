// Text clean-up for place names: trims, removes tatweel and invisible direction marks, tells Arabic from Latin.

const TATWEEL = /\u0640/g;
/**
 * Zero-width and bidi control characters that OSM/WOF names sometimes carry (LRM, RLM, ALM, embeddings, isolates,
 * BOM).
 */
const INVISIBLE = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** A question mark marks a placeholder, e.g. OSM's `الإسم العربي ؟` ("the Arabic name?"). */
const PLACEHOLDER = /[?\u061F]/;

/**
 * Trimmed, NFC-normalised name without tatweel or invisible marks, whitespace collapsed; null when nothing is
 * left or the name is a placeholder.
 */
export function cleanName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const cleaned = raw.normalize('NFC').replace(INVISIBLE, '').replace(TATWEEL, '').replace(/\s+/g, ' ').trim();
  return cleaned === '' || PLACEHOLDER.test(cleaned) ? null : cleaned;
}

/** True when the name is written in Arabic script only (no Latin letters). */
export function isArabicName(name: string): boolean {
  return ARABIC_LETTER.test(name) && !LATIN_LETTER.test(name);
}
