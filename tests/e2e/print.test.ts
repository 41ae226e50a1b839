// Printing the map: the button opens an A4 sheet with the map as shown, its title, filters, legend, scale, north
// arrow, date and sources, in the interface language, and asks the browser to print it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatDate } from '../../client/src/lib/format';
import type { AtlasPage } from '../support/browser';
import { ARTIFACTS_DIR } from '../support/browser';
import { givenAtlas, saveScreenshot, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

const SOURCES = ['OpenStreetMap', 'geoBoundaries (CC BY 3.0 IGO)', "Who's On First", 'Natural Earth', 'CAPMAS'];

/** window.print records that it was asked for instead of opening the browser's dialog. */
async function givenPrintRecorded(atlas: AtlasPage): Promise<() => Promise<number>> {
  await atlas.page.evaluate(() => {
    const page = window as unknown as { printCalls: number };
    page.printCalls = 0;
    window.print = () => void (page.printCalls += 1);
  });
  return () => atlas.page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);
}

/** Presses the map's print button, waits for the sheet to hold the map's picture, and presses print. */
async function whenPrinted(atlas: AtlasPage, orientation: 'landscape' | 'portrait' = 'landscape'): Promise<void> {
  await atlas.page.click('[data-testid=print-open]');
  await atlas.page.check(`[data-testid=print-${orientation}]`);
  await atlas.page.waitForSelector(`[data-testid=print-sheet][data-ready=true][data-orientation=${orientation}]`);
  await atlas.page.click('[data-testid=print-go]');
}

/** The page as printed on A4, as a PDF file and its text (presentation forms and bidi marks folded away). */
async function printedPdf(
  atlas: AtlasPage,
  name: string,
  options: { landscape?: boolean; preferCSSPageSize?: boolean } = {},
) {
  await atlas.page.emulateMedia({ media: 'print' });
  const pdf = await atlas.page.pdf({ format: 'A4', landscape: true, printBackground: true, ...options });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-print-')), `${name}.pdf`);
  writeFileSync(file, pdf);
  writeFileSync(path.join(ARTIFACTS_DIR, `${name}.pdf`), pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { file, text: plain(text) };
}

const plain = (text: string) => text.normalize('NFKC').replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');

const mapImageLength = (atlas: AtlasPage) =>
  atlas.page.$eval('[data-testid=print-sheet] img[data-testid=print-map-image]', (image) => {
    const source = (image as HTMLImageElement).src;
    return source.startsWith('data:image/png') ? source.length : 0;
  });

test('when the map is printed in Arabic, then the A4 sheet has the map, legend, scale, date, sources', async () => {
  const atlas = await givenAtlas(session, '/?intlCoop=true');
  const printCalls = await givenPrintRecorded(atlas);

  await whenPrinted(atlas);

  expect(await printCalls()).toBe(1);
  expect(await mapImageLength(atlas)).toBeGreaterThan(20_000);
  await saveScreenshot(atlas, 'print-preview-ar');
  const { text } = await printedPdf(atlas, 'print-ar');
  await saveScreenshot(atlas, 'print-ar');
  for (const label of [
    'جمعية أهلية',
    'جمعية مركزية',
    'بدون تعاون دولي',
    'مفتاح الخريطة',
    'المصادر',
    'مساهمو',
    'تعمل في إطار التعاون الدولي',
  ]) {
    expect(text).toContain(label);
  }
  expect(text).toMatch(/[٠-٩]+\s*كم|كم\s*[٠-٩]+/);
  // pdftotext moves the brackets of Latin text inside an Arabic line (the PDF draws them in place).
  const unbracketed = (words: string) => words.replace(/[()]/g, '');
  for (const source of SOURCES) expect(unbracketed(text)).toContain(unbracketed(source));
  // The PDF's text comes out in visual order, so the date is found by its runs of Arabic-Indic digits.
  const dateDigits = formatDate(new Date().toISOString(), 'ar').match(/[٠-٩]+/g) ?? [];
  expect(dateDigits.length).toBeGreaterThan(0);
  for (const digits of dateDigits) expect(text).toContain(digits);
});

test('when the map is printed in English, then the sheet is in English with the filters in words', async () => {
  const atlas = await givenAtlas(session, '/?lang=en&kind=civil&intlCoop=true');
  const printCalls = await givenPrintRecorded(atlas);

  await whenPrinted(atlas);

  expect(await printCalls()).toBe(1);
  expect(await mapImageLength(atlas)).toBeGreaterThan(20_000);
  const { text } = await printedPdf(atlas, 'print-en');
  await saveScreenshot(atlas, 'print-en');
  expect(text).toContain('Civic Atlas: Qena');
  for (const label of [
    'Civil association',
    'Central association',
    'Under international cooperation',
    'Legend',
    'Kind',
    'Civil',
  ]) {
    expect(text).toContain(label);
  }
  expect(text).toMatch(/\d+ km/);
  for (const source of ['© OpenStreetMap contributors', ...SOURCES]) expect(text).toContain(source);
  expect(text).toContain(formatDate(new Date().toISOString(), 'en'));
});

test('when portrait is chosen, then the sheet is printed on an upright A4 page', async () => {
  const atlas = await givenAtlas(session, '/?lang=en');
  await givenPrintRecorded(atlas);

  await whenPrinted(atlas, 'portrait');

  const { file } = await printedPdf(atlas, 'print-portrait', { preferCSSPageSize: true });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts \(A4\)/.exec(info) ?? [];
  expect(Number(width)).toBeLessThan(Number(height));
  await saveScreenshot(atlas, 'print-portrait');
});
