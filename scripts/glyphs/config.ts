// What `npm run glyphs` makes: the font stacks and the font files behind them, the 256-code-point ranges,
// the SDF parameters (MapLibre's), and where the glyph PBFs go.
import path from 'node:path';

/** Debian's fonts-noto-core puts the Noto fonts here. Override with GLYPHS_FONT_DIR. */
const FONT_DIR = process.env.GLYPHS_FONT_DIR ?? '/usr/share/fonts/truetype/noto';

/** Committed outputs, served as /glyphs/{fontstack}/{range}.pbf by the client. */
export const GLYPHS_DIR = path.resolve(__dirname, '../../client/public/glyphs');

/** One font stack: its name in the style's `text-font`, an Arabic font and a Latin font. */
export type FontStack = {
  name: string;
  arabicFont: string;
  latinFont: string;
};

export const FONT_STACKS: readonly FontStack[] = [
  {
    name: 'Noto Sans Arabic Regular',
    arabicFont: path.join(FONT_DIR, 'NotoSansArabic-Regular.ttf'),
    latinFont: path.join(FONT_DIR, 'NotoSans-Regular.ttf'),
  },
  {
    name: 'Noto Sans Arabic Bold',
    arabicFont: path.join(FONT_DIR, 'NotoSansArabic-Bold.ttf'),
    latinFont: path.join(FONT_DIR, 'NotoSans-Bold.ttf'),
  },
];

/** A run of code points that gets glyphs; `why` says who needs it. */
export type GlyphBlock = { first: number; last: number; why: string };

/**
 * What is drawn. A range file is all-or-nothing for MapLibre: a code point missing from a file it did get
 * is silently not drawn, while a range with no file at all is drawn locally by the browser (with a
 * console warning). So the ranges below are filled with everything the fonts have, except the one that
 * holds the Forms-A word ligatures: shaping never produces those (it uses Forms-B FE70–FEFF, and FB50–FBFF
 * for Persian/Urdu letters), so only the few that people type as such are kept and FC00–FCFF has no file.
 */
export const GLYPH_BLOCKS: readonly GlyphBlock[] = [
  { first: 0x0000, last: 0x01ff, why: 'Latin: ASCII, Latin-1 (« » £ ×), Latin Extended-A/B' },
  { first: 0x0600, last: 0x07ff, why: 'Arabic: letters, harakat, ، ؛ ؟, Arabic-Indic digits ٠–٩; Arabic Supplement' },
  { first: 0x2000, last: 0x20ff, why: 'General Punctuation (dashes, quotes, …, ZWJ, LRM/RLM), currency (€)' },
  { first: 0xfb00, last: 0xfbff, why: 'Presentation Forms-A: joined forms of پ چ ڤ گ ی…; Latin ligatures' },
  { first: 0xfd3e, last: 0xfd3f, why: 'Presentation Forms-A: ornate parentheses ﴾ ﴿' },
  { first: 0xfdf0, last: 0xfdff, why: 'Presentation Forms-A: word ligatures typed as such (ﷲ ﷺ) and ﷼' },
  { first: 0xfe00, last: 0xfeff, why: 'Presentation Forms-B: joined letter forms, lam-alef ligatures' },
];

/** First code point of each 256-code-point range file that is generated. */
export const RANGE_STARTS: readonly number[] = [
  ...new Set(GLYPH_BLOCKS.flatMap(({ first, last }) => rangeStartsBetween(first, last))),
].sort((a, b) => a - b);

function rangeStartsBetween(first: number, last: number): number[] {
  const starts: number[] = [];
  for (let start = first - (first % 256); start <= last; start += 256) starts.push(start);
  return starts;
}

/** Code points drawn from the Arabic font first; everything else prefers the Latin font. */
export const ARABIC_FIRST_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0600, 0x08ff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
];

/** The glyph-PBF conventions MapLibre reads: 24 px, a 3 px border, 8 px radius, cutoff 0.25. */
export const SDF = { fontSize: 24, buffer: 3, radius: 8, cutoff: 0.25 } as const;

/**
 * MapLibre's glyph_manager.ts moves locally drawn glyphs by this much (`top = glyphTop - 27.5`) to line
 * them up with server glyphs; the PBFs use the same offset (rounded: the field is an integer).
 */
export const TOP_ADJUSTMENT = 27.5;
