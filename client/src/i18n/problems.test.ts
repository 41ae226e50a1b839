// Every code of the contract's list is worded in Arabic and in English, with the same parameters in both; the Arabic
// has no Latin words but the names of file formats and standards and the sample codes it shows.
import { PROBLEM_CODES } from '../../../contracts/problem-codes';
import { ar } from './ar';
import { en } from './en';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

/** Latin words an Arabic sentence may hold: formats, standards, and the codes it gives as examples. */
const LATIN_IN_ARABIC = new Set([
  'Excel',
  'Shapefile',
  'GeoPackage',
  'GeoJSON',
  'KML',
  'CSV',
  'EPSG',
  'ods',
  'xls',
  'xlsx',
  'shp',
  'shx',
  'dbf',
  'EG-KN',
  'EG.QN.QS',
]);

test.each(PROBLEM_CODES.map((code) => [code]))('the code %s has an Arabic and an English sentence', (code) => {
  const [arabic, english] = [ar.problems[code], en.problems[code]];
  expect(typeof arabic === 'string' && arabic.trim().length > 0).toBe(true);
  expect(typeof english === 'string' && english.trim().length > 0).toBe(true);
  expect(arabic).not.toBe(english);
});

test('the Arabic and English sentences take the same parameters, and the Arabic no stray Latin', () => {
  const keys = Object.keys(en.problems) as (keyof typeof en.problems)[];
  expect(Object.keys(ar.problems).sort()).toEqual([...keys].sort());
  for (const key of keys) {
    expect([key, placeholders(ar.problems[key])]).toEqual([key, placeholders(en.problems[key])]);
    const latin = ar.problems[key].replace(/\{\{\w+\}\}/g, '').match(/[A-Za-z][A-Za-z0-9.-]*[A-Za-z]|[A-Za-z]/g) ?? [];
    expect([key, latin.filter((word) => !LATIN_IN_ARABIC.has(word))]).toEqual([key, []]);
  }
});
