// Reads the colours a page shows at given points, from a real screenshot (so the WebGL map is read as a person sees
// it), decoded by the page's own image decoder.
import type { Page } from 'playwright-core';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The colour of the screenshot at each point (CSS pixels of the viewport). */
export async function pixelsAt(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, points }) => {
      // An image from a data: URL, which the app's content security policy allows for images (not for fetch).
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const scale = image.naturalWidth / window.innerWidth;
      return points.map(({ x, y }) => {
        const [r = 0, g = 0, b = 0] = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
        return { r, g, b };
      });
    },
    { png, points },
  );
}

/** How far a colour is from grey: 0 for any grey, up to 255 for a pure hue. */
export const saturationOf = ({ r, g, b }: Rgb) => Math.max(r, g, b) - Math.min(r, g, b);
