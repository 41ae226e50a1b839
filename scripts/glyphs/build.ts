// `npm run glyphs`: writes client/public/glyphs/<font stack>/<start>-<end>.pbf (SDF glyphs for Arabic,
// its presentation forms, Latin and punctuation). Outputs are committed. Arabic shaping and ordering need no
// plugin: MapLibre 6 does both itself (its setRTLTextPlugin is deprecated).
import fs from 'node:fs';
import path from 'node:path';
import { readCodePoints } from './cmap';
import { FONT_STACKS, GLYPHS_DIR, RANGE_STARTS, SDF, type FontStack } from './config';
import { encodeGlyphRange, type PbfGlyph } from './glyph-pbf';
import { planRange, rangeName } from './pick-fonts';
import { withSdfRenderer, type SdfRenderer } from './sdf-renderer';
import { hex, toPbfGlyph } from './to-pbf-glyph';

async function main(): Promise<void> {
  const fontFiles = [...new Set(FONT_STACKS.flatMap((stack) => [stack.arabicFont, stack.latinFont]))];
  const coverage = new Map(fontFiles.map((file) => [file, readCodePoints(file)] as const));
  const families = new Map(fontFiles.map((file, index) => [file, `glyph-font-${index}`] as const));

  await withSdfRenderer(async (renderer) => {
    for (const [file, family] of families) await renderer.loadFont(family, file);
    for (const stack of FONT_STACKS) await buildStack(renderer, stack, coverage, families);
  });
}

async function buildStack(
  renderer: SdfRenderer,
  stack: FontStack,
  coverage: Map<string, Set<number>>,
  families: Map<string, string>,
): Promise<void> {
  const stackDir = path.join(GLYPHS_DIR, stack.name);
  fs.rmSync(stackDir, { recursive: true, force: true });
  fs.mkdirSync(stackDir, { recursive: true });

  for (const rangeStart of RANGE_STARTS) {
    const glyphs: PbfGlyph[] = [];
    const fromFonts: string[] = [];
    for (const [file, codePoints] of planRange(rangeStart, stack, coverage)) {
      const raw = await renderer.render({ family: families.get(file) ?? '', codePoints, ...SDF });
      const clipped = raw.filter((glyph) => glyph.clipped).map((glyph) => `U+${hex(glyph.id)}`);
      if (clipped.length > 0) console.warn(`${stack.name}: left out glyphs too big to draw: ${clipped.join(' ')}`);
      glyphs.push(...raw.filter((glyph) => !glyph.clipped).map(toPbfGlyph));
      fromFonts.push(`${path.basename(file)} ×${codePoints.length}`);
    }
    glyphs.sort((a, b) => a.id - b.id);
    const bytes = encodeGlyphRange({ name: stack.name, range: rangeName(rangeStart), glyphs });
    const rangeFile = `${rangeName(rangeStart)}.pbf`;
    fs.writeFileSync(path.join(stackDir, rangeFile), bytes);
    console.log(`${stack.name}/${rangeFile}: ${glyphs.length} glyphs, ${bytes.length} B (${fromFonts.join(', ')})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
