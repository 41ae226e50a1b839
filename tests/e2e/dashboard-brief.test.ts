// The printable brief: a governorate's figures, map and tables, printed by Chromium to an A4 PDF.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS_DIR, openPage, screenshot } from '../support/browser';
import { useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

test('when the brief on Qena is printed, then the PDF has its Arabic name, districts, uncovered villages', async () => {
  const atlas = await openPage(session.browser);
  session.pages.push(atlas);
  await atlas.page.goto(`${session.app.baseUrl}/brief?governorate=EG-KN&resource=nursery`);
  await atlas.page.waitForSelector('[data-testid=brief-map] path');

  expect(await atlas.page.textContent('[data-testid=brief-title]')).toBe('موجز محافظة قنا');
  expect(await atlas.page.locator('[data-testid=brief-map] path').count()).toBe(9);
  expect(await atlas.page.locator('[data-testid=brief-districts] tbody tr').count()).toBe(9);
  expect(await atlas.page.textContent('[data-testid=brief-gaps] h2')).toContain('حضانة');
  await screenshot(atlas.page, 'brief-qena');

  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const pdf = path.join(ARTIFACTS_DIR, 'brief-qena.pdf');
  await atlas.page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });

  // pdftotext (poppler-utils) reads the PDF back where it is installed; the DOM checks above stand in elsewhere.
  const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  if (text.error) return;
  expect(text.stdout).toContain('قنا');
});
