// Checks the committed glyph PBFs: every range file is there for each stack,
// names itself right, and holds real SDF bitmaps for Arabic letters, their joined forms, digits and Latin.
import fs from 'node:fs';
import path from 'node:path';
import { decodeGlyphRange, type GlyphRange, type PbfGlyph } from './glyph-pbf';

const GLYPHS_DIR = path.resolve(__dirname, '../../client/public/glyphs');
const STACKS = ['Noto Sans Arabic Regular', 'Noto Sans Arabic Bold'];
const RANGES = ['0-255', '256-511', '1536-1791', '1792-2047', '8192-8447', '64256-64511', '64768-65023', '65024-65279'];

const ARABIC_INDIC_DIGITS = Array.from({ length: 10 }, (_, i) => 0x0660 + i);
const MUST_HAVE: [string, number][] = [
  ['ا alef', 0x0627],
  ['ﺍ alef isolated', 0xfe8d],
  ['ﺎ alef final', 0xfe8e],
  ['ﻟ lam initial', 0xfedf],
  ['ﻻ lam-alef', 0xfefb],
  ...ARABIC_INDIC_DIGITS.map((cp): [string, number] => [`digit ${String.fromCodePoint(cp)}`, cp]),
  ['Latin Q', 0x51],
];

function readRange(stack: string, range: string): GlyphRange {
  return decodeGlyphRange(fs.readFileSync(path.join(GLYPHS_DIR, stack, `${range}.pbf`)));
}

function findGlyph(stack: string, codePoint: number): PbfGlyph | undefined {
  const start = codePoint - (codePoint % 256);
  return readRange(stack, `${start}-${start + 255}`).glyphs.find((glyph) => glyph.id === codePoint);
}

describe.each(STACKS)('when the glyphs of "%s" are read', (stack) => {
  test.each(RANGES)('then range %s exists and is labelled with its stack and range', (range) => {
    const decoded = readRange(stack, range);
    expect({ name: decoded.name, range: decoded.range }).toEqual({ name: stack, range });
    expect(decoded.glyphs.length).toBeGreaterThan(0);
  });

  test.each(MUST_HAVE)('then %s has a 3-px-bordered SDF bitmap', (_label, codePoint) => {
    const glyph = findGlyph(stack, codePoint);
    expect(glyph).toBeDefined();
    if (!glyph) return;
    expect(glyph.width).toBeGreaterThan(0);
    expect(glyph.height).toBeGreaterThan(0);
    expect(glyph.advance).toBeGreaterThan(0);
    expect(glyph.bitmap.length).toBe((glyph.width + 6) * (glyph.height + 6));
    expect(Math.max(...glyph.bitmap)).toBeGreaterThan(192); // the inside of the letter is there
  });

  test('then the space has an advance and no bitmap, and the zero-width joiner takes no room', () => {
    expect(findGlyph(stack, 0x20)).toMatchObject({ width: 0, height: 0, bitmap: new Uint8Array(0) });
    expect(findGlyph(stack, 0x20)?.advance).toBeGreaterThan(0);
    expect(findGlyph(stack, 0x200d)?.advance).toBe(0);
  });
});
