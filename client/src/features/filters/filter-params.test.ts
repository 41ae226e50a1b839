// The address bar's filters: parsed with the server's schema, bad values dropped alone, written back canonically.
import { DEFAULT_GOVERNORATE, filterQueryString, parseFilterParams, writeFilterParams } from './filter-params';

const parse = (query: string) => parseFilterParams(new URLSearchParams(query));

test('when the address bar names no governorate, then Qena is the governorate', () => {
  expect(parse('')).toEqual({ governorate: [DEFAULT_GOVERNORATE] });
});

test('when values are repeated or comma-separated, then both mean "any of"', () => {
  expect(parse('governorate=EG-KN&sector=health&sector=women,orphans').sector).toEqual(['health', 'women', 'orphans']);
});

test('when a resource has a minimum, then it is read as code and quantity and written back as code:minimum', () => {
  const filters = parse('governorate=EG-KN&resource=nursery:2,hall');
  expect(filters.resource).toEqual([
    { code: 'nursery', minQuantity: 2 },
    { code: 'hall', minQuantity: 1 },
  ]);
  expect(new URLSearchParams(filterQueryString(filters)).get('resource')).toBe('nursery:2,hall');
});

test('when one parameter is invalid, then only that one is dropped', () => {
  expect(parse('governorate=EG-KN&kind=civil&minMembers=lots&intlCoop=true')).toEqual({
    governorate: ['EG-KN'],
    kind: ['civil'],
    intlCoop: true,
  });
});

test('when minMembers exceeds maxMembers, then maxMembers is dropped', () => {
  expect(parse('governorate=EG-KN&minMembers=50&maxMembers=10')).toEqual({ governorate: ['EG-KN'], minMembers: 50 });
});

test('when filters are written, then unset ones leave the address bar and other parameters stay', () => {
  const params = new URLSearchParams('lang=en&kind=civil&selected=4');
  writeFilterParams(params, { governorate: ['EG-KN'], sector: [] });
  expect(params.toString()).toBe('lang=en&selected=4&governorate=EG-KN');
});
