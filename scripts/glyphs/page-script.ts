// The code that runs inside headless Chromium: loads TinySDF and the font files, then draws each code
// point as MapLibre draws local glyphs. Kept as plain-JS text so the TS toolchain cannot rewrite it.

/** A glyph as TinySDF measured and drew it, before MapLibre's PBF conventions are applied. */
export type RawGlyph = {
  id: number;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
  /** The (width + 2·3) × (height + 2·3) SDF bytes, base64. */
  sdf: string;
  /** True when the glyph did not fit the canvas and was cut off. */
  clipped: boolean;
};

export type RenderRequest = {
  family: string;
  codePoints: number[];
  fontSize: number;
  buffer: number;
  radius: number;
  cutoff: number;
};

/**
 * Defines `glyphBuild` on the page. `render` sizes TinySDF's canvas for glyphs up to 10 em wide (the
 * widest Arabic ligatures) and then sets the border back to `buffer`, the trick MapLibre's
 * glyph_manager.ts uses for grapheme clusters. A lone combining mark is drawn after a ZWJ so the text
 * engine does not add a dotted circle (U+25CC) to it.
 */
export const PAGE_SCRIPT = `
window.glyphBuild = {
  async init(tinySdfSource) {
    const url = URL.createObjectURL(new Blob([tinySdfSource], { type: 'text/javascript' }));
    this.TinySDF = (await import(url)).default;
  },
  async loadFont(family, base64) {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const face = new FontFace(family, bytes);
    await face.load();
    document.fonts.add(face);
  },
  render({ family, codePoints, fontSize, buffer, radius, cutoff }) {
    const canvasBuffer = fontSize * 3;
    const tiny = new this.TinySDF({ fontSize, buffer: canvasBuffer, radius, cutoff, fontFamily: '"' + family + '"' });
    tiny.buffer = buffer;
    return codePoints.map((id) => {
      const char = String.fromCodePoint(id);
      const text = /^\\p{Mn}$/u.test(char) ? '\\u200d' + char : char;
      const g = tiny.draw(text);
      let binary = '';
      for (const byte of g.data) binary += String.fromCharCode(byte);
      const clipped = g.glyphWidth >= tiny.maxGlyphDim || g.glyphHeight >= tiny.maxGlyphDim;
      return { id, width: g.glyphWidth, height: g.glyphHeight, left: g.glyphLeft, top: g.glyphTop,
        advance: g.glyphAdvance, sdf: btoa(binary), clipped };
    });
  },
};
`;
