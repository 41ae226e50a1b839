// Which Accept-Encoding headers get the gzipped bytes.
import { acceptsGzip } from './tile-response';

test.each([
  ['gzip, deflate, br', true],
  ['br;q=1.0, gzip;q=0.8', true],
  ['*', true],
  ['GZIP', true],
  ['gzip;q=0', false],
  ['identity', false],
  ['deflate, br', false],
  ['', false],
  [undefined, false],
])('Accept-Encoding %p takes gzip: %p', (header, expected) => {
  expect(acceptsGzip(header)).toBe(expected);
});
