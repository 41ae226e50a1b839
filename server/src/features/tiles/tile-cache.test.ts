// The tile cache: concurrent requests for a tile not yet cached share one query, a cached tile is served without
// one, a failed query is not remembered, and a null key or a cache of 0 bytes always asks.
import { readyTile, TileCache, type ReadyTile } from './tile-cache';

const counted = (tile: ReadyTile) => {
  let calls = 0;
  const make = async () => {
    calls += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
    return tile;
  };
  return { make, calls: () => calls };
};

test('when ten requests ask for a tile at once, then it is made once and cached for the next', async () => {
  const cache = new TileCache(1024 * 1024);
  const tile = await readyTile(Buffer.from('mvt bytes'));
  const { make, calls } = counted(tile);
  const got = await Promise.all(Array.from({ length: 10 }, () => cache.get('9/303/215', make)));
  expect(got.every((each) => each === tile)).toBe(true);
  expect(calls()).toBe(1);
  await cache.get('9/303/215', make);
  expect(calls()).toBe(1);
});

test('when making a tile fails, then every waiting request fails with it and the next one tries again', async () => {
  const cache = new TileCache(1024 * 1024);
  let calls = 0;
  const failing = (): Promise<ReadyTile> => {
    calls += 1;
    return Promise.reject(new Error('statement timeout'));
  };
  await expect(Promise.all([cache.get('k', failing), cache.get('k', failing)])).rejects.toThrow('statement timeout');
  expect(calls).toBe(1);
  const tile = await readyTile(Buffer.from('now it works'));
  expect(await cache.get('k', () => Promise.resolve(tile))).toBe(tile);
});

test('when the key is null or the cache has no bytes, then every request makes its tile', async () => {
  const tile = await readyTile(Buffer.from('x'));
  for (const [cache, key] of [
    [new TileCache(1024), null],
    [new TileCache(0), 'k'],
  ] as const) {
    const { make, calls } = counted(tile);
    await Promise.all([cache.get(key, make), cache.get(key, make)]);
    expect(calls()).toBe(2);
  }
});
