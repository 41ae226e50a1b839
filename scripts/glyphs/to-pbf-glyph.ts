// Turns a glyph as TinySDF measured and drew it (24 px, alphabetic baseline) into a glyph-PBF record
// with the metric conventions MapLibre uses for its locally drawn glyphs, rounded to whole pixels.
import { SDF, TOP_ADJUSTMENT } from './config';
import type { PbfGlyph } from './glyph-pbf';
import type { RawGlyph } from './page-script';

export function toPbfGlyph(raw: RawGlyph): PbfGlyph {
  const inked = raw.width > 0 && raw.height > 0;
  const bitmap = inked ? new Uint8Array(Buffer.from(raw.sdf, 'base64')) : new Uint8Array(0);
  if (inked && bitmap.length !== (raw.width + 2 * SDF.buffer) * (raw.height + 2 * SDF.buffer)) {
    throw new Error(`U+${hex(raw.id)}: SDF is ${bitmap.length} bytes for ${raw.width}×${raw.height}`);
  }
  // Like glyph_manager.ts: format characters (ZWJ, RLM, …) are invisible and take no room.
  const isFormat = /^\p{Cf}$/u.test(String.fromCodePoint(raw.id));
  return {
    id: raw.id,
    bitmap,
    width: inked ? raw.width : 0,
    height: inked ? raw.height : 0,
    left: raw.left,
    top: Math.round(raw.top - TOP_ADJUSTMENT),
    advance: isFormat ? 0 : Math.round(raw.advance),
  };
}

export function hex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}
