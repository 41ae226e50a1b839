// Which filters the facet grid answers: one sector, or one resource present at all, with places only.
import { facetOf } from './tiles.queries';

const nursery = (minQuantity: number) => ({ code: 'nursery', minQuantity });

test.each([
  [{ sector: ['health'] }, 'sector:health'],
  [{ sector: ['health', 'health'], governorate: ['EG-KN'] }, 'sector:health'],
  [{ resource: [nursery(1)], district: ['EG.QN.QS'] }, 'resource:nursery'],
  [{ resource: [nursery(2)] }, null],
  [{ sector: ['health', 'orphans'] }, null],
  [{ sector: ['health'], resource: [nursery(1)] }, null],
  [{ sector: ['health'], kind: ['civil' as const] }, null],
  [{ sector: ['health'], minMembers: 10 }, null],
  [{}, null],
])('facetOf(%j) is %p', (filters, expected) => {
  expect(facetOf(filters)).toBe(expected);
});
