// sniffEncoding: valid UTF-8 is UTF-8 (even cut mid-character at the end of the sample), anything else CP1256.
import { sniffEncoding } from './text-encoding';

test('when bytes are UTF-8 Arabic, then UTF-8, also when the sample ends inside a character', () => {
  const bytes = Buffer.from('جمعية تنمية المجتمع', 'utf8');
  expect(sniffEncoding(bytes)).toBe('UTF-8');
  expect(sniffEncoding(bytes.subarray(0, bytes.length - 1))).toBe('UTF-8');
});

test('when bytes are Windows-1256 Arabic, then CP1256', () => {
  // "جمعية" in Windows-1256.
  expect(sniffEncoding(Buffer.from([0xcc, 0xe3, 0xda, 0xed, 0xc9]))).toBe('CP1256');
});

test('when bytes are plain ASCII, then UTF-8', () => {
  expect(sniffEncoding(Buffer.from('REG_NO,NAME'))).toBe('UTF-8');
});
