// Reads which Unicode code points a TrueType/OpenType font maps to a real glyph, from its `cmap` table
// (subtable formats 4 and 12), so the build never asks the browser for a character the font lacks.
import fs from 'node:fs';

/** Returns the code points the font maps to a glyph other than .notdef. */
export function readCodePoints(fontPath: string): Set<number> {
  const font = fs.readFileSync(fontPath);
  const cmap = findTable(font, 'cmap');
  const subtable = pickUnicodeSubtable(font, cmap);
  const format = font.readUInt16BE(subtable);
  if (format === 12) return readFormat12(font, subtable);
  if (format === 4) return readFormat4(font, subtable);
  throw new Error(`${fontPath}: unsupported cmap subtable format ${format}`);
}

function findTable(font: Buffer, tag: string): number {
  const tableCount = font.readUInt16BE(4);
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === tag) return font.readUInt32BE(record + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

/** Prefers the full-repertoire subtable (3,10 or 0,4) over the BMP one (3,1 or 0,3). */
function pickUnicodeSubtable(font: Buffer, cmap: number): number {
  const preference = ['3/10', '0/4', '0/6', '3/1', '0/3'];
  let best: { rank: number; offset: number } | null = null;
  const count = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const rank = preference.indexOf(`${font.readUInt16BE(record)}/${font.readUInt16BE(record + 2)}`);
    if (rank >= 0 && (!best || rank < best.rank)) best = { rank, offset: cmap + font.readUInt32BE(record + 4) };
  }
  if (!best) throw new Error('font has no Unicode cmap subtable');
  return best.offset;
}

function readFormat12(font: Buffer, at: number): Set<number> {
  const codePoints = new Set<number>();
  const groups = font.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const group = at + 16 + i * 12;
    const [start, end, glyph] = [font.readUInt32BE(group), font.readUInt32BE(group + 4), font.readUInt32BE(group + 8)];
    for (let cp = start; cp <= end; cp++) if (glyph + (cp - start) !== 0) codePoints.add(cp);
  }
  return codePoints;
}

function readFormat4(font: Buffer, at: number): Set<number> {
  const codePoints = new Set<number>();
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [font.readUInt16BE(starts + s * 2), font.readUInt16BE(ends + s * 2)];
    const delta = font.readInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = font.readUInt16BE(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      const raw = rangeOffset === 0 ? cp : font.readUInt16BE(rangeOffsetAt + rangeOffset + (cp - start) * 2);
      if (rangeOffset !== 0 && raw === 0) continue;
      if ((raw + delta) & 0xffff) codePoints.add(cp);
    }
  }
  return codePoints;
}
