// Rasterises SDF glyphs with @mapbox/tiny-sdf inside headless Chromium (the engine MapLibre draws local
// glyphs with), on about:blank: TinySDF comes in as a blob: module and the fonts as bytes, nothing is fetched.
import fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '../lib/chromium';
import { PAGE_SCRIPT, type RawGlyph, type RenderRequest } from './page-script';

export type SdfRenderer = {
  /** Registers a font file under a CSS family name; call before rendering with that family. */
  loadFont(family: string, fontPath: string): Promise<void>;
  render(request: RenderRequest): Promise<RawGlyph[]>;
};

/** Starts Chromium, hands a renderer to `use`, and always closes the browser afterwards. */
export async function withSdfRenderer<T>(use: (renderer: SdfRenderer) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...HEADLESS_CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const strayRequests = recordStrayRequests(page);
    await page.evaluate(PAGE_SCRIPT);
    const tinySdfSource = fs.readFileSync(require.resolve('@mapbox/tiny-sdf'), 'utf8');
    await page.evaluate((source) => (window as unknown as PageWindow).glyphBuild.init(source), tinySdfSource);
    const result = await use({
      loadFont: (family, fontPath) =>
        page.evaluate(([f, bytes]) => (window as unknown as PageWindow).glyphBuild.loadFont(f, bytes), [
          family,
          fs.readFileSync(fontPath, 'base64'),
        ] as const),
      render: (request) => page.evaluate((r) => (window as unknown as PageWindow).glyphBuild.render(r), request),
    });
    if (strayRequests.length > 0) throw new Error(`glyph page made requests: ${strayRequests.join(', ')}`);
    return result;
  } finally {
    await browser.close();
  }
}

/** The page should only ever load blob: and data: URLs; anything else is collected and fails the build. */
function recordStrayRequests(page: Page): string[] {
  const stray: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:')) stray.push(url);
  });
  return stray;
}

/** The page's window with the API that PAGE_SCRIPT defines on it (type only: erased before evaluate). */
type PageWindow = Window & {
  glyphBuild: {
    init(tinySdfSource: string): Promise<void>;
    loadFont(family: string, base64: string): Promise<void>;
    render(request: RenderRequest): RawGlyph[];
  };
};
