// Encodes and decodes the glyph PBF MapLibre fetches for one font stack and one range of 256 code points:
// glyphs { fontstack stacks = 1 } / fontstack { name = 1; range = 2; glyph glyphs = 3 } / glyph { id..advance }.
import Pbf from 'pbf';

/** One SDF glyph; `bitmap` is (width + 6) × (height + 6) bytes, or empty for a glyph with no ink. */
export type PbfGlyph = {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
};

export type GlyphRange = { name: string; range: string; glyphs: PbfGlyph[] };

export function encodeGlyphRange({ name, range, glyphs }: GlyphRange): Uint8Array {
  const pbf = new Pbf();
  pbf.writeMessage(1, () => {
    pbf.writeStringField(1, name);
    pbf.writeStringField(2, range);
    for (const glyph of glyphs) pbf.writeMessage(3, () => writeGlyph(pbf, glyph));
  });
  return pbf.finish();
}

function writeGlyph(pbf: Pbf, glyph: PbfGlyph): void {
  pbf.writeVarintField(1, glyph.id);
  if (glyph.bitmap.length > 0) pbf.writeBytesField(2, glyph.bitmap);
  pbf.writeVarintField(3, glyph.width);
  pbf.writeVarintField(4, glyph.height);
  pbf.writeSVarintField(5, glyph.left);
  pbf.writeSVarintField(6, glyph.top);
  pbf.writeVarintField(7, glyph.advance);
}

/** Decodes the first font stack of a glyph PBF, the way MapLibre's parse_glyph_pbf.ts reads it. */
export function decodeGlyphRange(bytes: Uint8Array): GlyphRange {
  const pbf = new Pbf(bytes);
  const stack: GlyphRange = { name: '', range: '', glyphs: [] };
  pbf.readFields((tag) => {
    if (tag === 1) pbf.readMessage((field) => readStackField(pbf, field, stack), stack);
  }, stack);
  return stack;
}

function readStackField(pbf: Pbf, tag: number, stack: GlyphRange): void {
  if (tag === 1) stack.name = pbf.readString();
  else if (tag === 2) stack.range = pbf.readString();
  else if (tag === 3) {
    const glyph: PbfGlyph = { id: 0, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance: 0 };
    stack.glyphs.push(pbf.readMessage((field) => readGlyphField(pbf, field, glyph), glyph));
  }
}

function readGlyphField(pbf: Pbf, tag: number, glyph: PbfGlyph): void {
  if (tag === 1) glyph.id = pbf.readVarint();
  else if (tag === 2) glyph.bitmap = pbf.readBytes();
  else if (tag === 3) glyph.width = pbf.readVarint();
  else if (tag === 4) glyph.height = pbf.readVarint();
  else if (tag === 5) glyph.left = pbf.readSVarint();
  else if (tag === 6) glyph.top = pbf.readSVarint();
  else if (tag === 7) glyph.advance = pbf.readVarint();
}
