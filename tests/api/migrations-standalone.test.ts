// Every migration stands alone: it writes out in full what it creates or replaces, so a reader learns what a trigger
// does from the last migration that wrote it, not by replaying earlier migrations' text and the patches made to it.
// A migration that imports another (or a shared file in migrations/) or patches text with .replace() fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../migrations');

/** The specifiers of a source's static imports, re-exports, dynamic imports and requires. */
function importedSpecifiers(source: string): string[] {
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** What keeps a migration from standing alone: imports of files in migrations/, and text patched with replace. */
function standAloneProblems(file: string, source: string): string[] {
  const problems = importedSpecifiers(source)
    .filter(
      (specifier) =>
        specifier.startsWith('.') && path.resolve(MIGRATIONS_DIR, specifier).startsWith(MIGRATIONS_DIR + path.sep),
    )
    .map((specifier) => `${file} imports ${specifier}: write out what it needs in full`);
  source.split('\n').forEach((line, index) => {
    if (/\.replace(All)?\s*\(/.test(line))
      problems.push(`${file}:${index + 1} calls .replace(): write out the text in full`);
  });
  return problems;
}

test('when the migrations are read, then none imports another migration or patches text with replace', () => {
  const files = readdirSync(MIGRATIONS_DIR).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
  expect(files.length).toBeGreaterThan(20);
  const problems = files.flatMap((file) =>
    standAloneProblems(file, readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')),
  );
  expect(problems).toEqual([]);
});

test('when a migration imports an earlier one and patches its SQL, then the check names both', () => {
  const source = `import type { Knex } from 'knex';
import { CREATE_FUNCTION } from './20261123_03_locate-in-district';
const NEXT = CREATE_FUNCTION.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');
const { TRACK } = require('./20261125_02_tiles-association-grid');`;
  expect(standAloneProblems('x.ts', source)).toEqual([
    'x.ts imports ./20261123_03_locate-in-district: write out what it needs in full',
    'x.ts imports ./20261125_02_tiles-association-grid: write out what it needs in full',
    'x.ts:3 calls .replace(): write out the text in full',
  ]);
});
