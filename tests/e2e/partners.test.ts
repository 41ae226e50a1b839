// The partner finder: from a profile, with a need, ranked suggestions with their reasons, drawn on the map as lines.
import type { AtlasPage } from '../support/browser';
import { givenAtlas, saveScreenshot, searchParams, useAtlasSession } from './atlas-driver';

const session = useAtlasSession();

async function aCentralAssociation(): Promise<number> {
  const response = await fetch(`${session.app.baseUrl}/api/associations?governorate=EG-KN&kind=central&limit=1`);
  const body = (await response.json()) as { features: { id: number }[] };
  const feature = body.features[0];
  if (!feature) throw new Error('the demo registry has no central association in Qena');
  return feature.id;
}

/** Given a profile open, when "partners nearby" is clicked and a sector is asked for, the ranked results are shown. */
async function givenPartnersForHealth(): Promise<AtlasPage> {
  const id = await aCentralAssociation();
  const atlas = await givenAtlas(session, `/?governorate=EG-KN&selected=${id}`);
  await atlas.page.click('[data-testid=partners-nearby]');
  await atlas.page.waitForSelector('[data-testid=partner-result]');
  await atlas.page.selectOption('[data-testid=partner-sector]', 'health');
  await atlas.page.waitForFunction(() => new URLSearchParams(window.location.search).get('pSector') === 'health');
  await atlas.page.waitForSelector('[data-testid=partner-result]');
  return atlas;
}

/** Ids of the suggestions the map draws a line to, once the map has settled. */
const drawnLines = (atlas: AtlasPage) =>
  atlas.page
    .waitForFunction(
      () => {
        const map = window.__atlasMap;
        if (!map || map.isMoving() || !map.getLayer('partners-lines')) return false;
        const ids = new Set(
          map.queryRenderedFeatures({ layers: ['partners-lines'] }).map((feature) => Number(feature.properties.id)),
        );
        return ids.size > 0 ? [...ids].sort((a, b) => a - b) : false;
      },
      null,
      { timeout: 30_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number[]>);

test('when partners are sought for a sector, then they are ranked with reasons; the URL keeps the need', async () => {
  const atlas = await givenPartnersForHealth();

  const scores = await atlas.page.$$eval('[data-testid=partner-result]', (items) =>
    items.map((item) => item.querySelector('.partner-score')?.textContent ?? ''),
  );
  const latin = scores.map((score) =>
    Number(score.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660)).replace('٫', '.')),
  );
  expect(latin.length).toBeGreaterThan(0);
  expect(latin).toEqual([...latin].sort((a, b) => b - a));
  const reasons = await atlas.page
    .locator('[data-testid=partner-result]')
    .first()
    .locator('[data-testid=partner-reasons] li')
    .allTextContents();
  expect(reasons.some((reason) => reason.includes('الصحة'))).toBe(true);
  expect(searchParams(atlas).get('partners')).toBeTruthy();
  await saveScreenshot(atlas, 'partners-health');
});

test('when partners are shown, then the map draws a line from the seeker to each; closing removes them', async () => {
  const atlas = await givenPartnersForHealth();
  const listed = await atlas.page.$$eval('[data-testid=partner-result]', (items) =>
    items.map((item) => Number(item.getAttribute('data-id'))),
  );

  expect(await drawnLines(atlas)).toEqual([...listed].sort((a, b) => a - b));
  await saveScreenshot(atlas, 'partners-lines');

  await atlas.page.click('[data-testid=partner-close]');
  await atlas.page.waitForFunction(() => !window.__atlasMap?.getLayer('partners-lines'));
  expect(searchParams(atlas).get('partners')).toBeNull();
});

test('when a suggested partner is clicked, then its profile opens', async () => {
  const atlas = await givenPartnersForHealth();
  const second = atlas.page.locator('[data-testid=partner-result]').nth(1);
  const id = await second.getAttribute('data-id');

  await second.locator('.partner-name').click();

  await atlas.page.waitForSelector(`[data-testid=profile][data-id="${id}"]`);
  expect(searchParams(atlas).get('selected')).toBe(id);
});

test('when "partners at a point" is armed and the map clicked, then the partners around it are listed', async () => {
  const atlas = await givenAtlas(session, '/?governorate=EG-KN&map=11/26.16/32.72');
  await atlas.page.click('[data-testid=partner-pick]');
  await atlas.page.waitForFunction(() => new URLSearchParams(window.location.search).get('partnersPick') === '1');

  const box = await atlas.page.locator('[data-testid=map] canvas').boundingBox();
  if (!box) throw new Error('the map has no canvas');
  await atlas.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  await atlas.page.waitForSelector('[data-testid=partner-result]');
  const [lon, lat] = (searchParams(atlas).get('partnersAt') ?? '').split(',').map(Number);
  expect(lon).toBeCloseTo(32.72, 1);
  expect(lat).toBeCloseTo(26.16, 1);
  expect(await atlas.page.textContent('[data-testid=partner-seeker]')).toContain('النقطة المختارة');
});
