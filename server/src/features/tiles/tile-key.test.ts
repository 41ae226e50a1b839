// The cache key spells equal filters alike and different ones apart.
import { associationFilters } from '../../../../contracts/association-filters';
import { tileKey } from './tile-key';

const key = (query: Record<string, string | string[]>) =>
  tileKey('7', { z: 9, x: 302, y: 215 }, associationFilters.parse(query));

test('when lists come in another order, repeated or split, then the key is the same', () => {
  expect(key({ kind: 'civil,central', sector: ['health', 'orphans', 'health'] })).toBe(
    key({ sector: 'orphans,health', kind: ['central', 'civil'] }),
  );
});

test('when filters differ, then keys differ; bbox keeps the order of its numbers', () => {
  expect(key({ resource: 'nursery:2' })).not.toBe(key({ resource: 'nursery' }));
  expect(key({ bbox: '32,25,33,26' })).not.toBe(key({ bbox: '25,32,26,33' }));
  expect(key({ minMembers: '10' })).not.toBe(key({ maxMembers: '10' }));
});

test('the key names the generation, the tile and the filters', () => {
  expect(key({ intlCoop: 'true', q: 'نور' })).toBe(`7/9/302/215?intlCoop=true&q=${encodeURIComponent('نور')}`);
});
