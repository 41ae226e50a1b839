// The sector and resource codes the generator uses, checked against the `sectors` and `resource_types` tables.
import type { Knex } from 'knex';

export const SECTOR_CODES = [
  'orphans',
  'disability',
  'elderly',
  'women',
  'childhood',
  'health',
  'education',
  'economic_empowerment',
  'environment',
  'youth_sports',
  'relief_charity',
  'rural_development',
] as const;
export type SectorCode = (typeof SECTOR_CODES)[number];

export const RESOURCE_CODES = [
  'headquarters_owned',
  'headquarters_rented',
  'hall',
  'vehicle',
  'nursery',
  'dispensary',
  'vocational_workshop',
  'classroom',
  'computer',
  'library',
  'playground',
] as const;
export type ResourceCode = (typeof RESOURCE_CODES)[number];

/** Fails with a clear message when the vocabularies in the database lack a code the generator writes. */
export async function assertVocabularies(db: Knex | Knex.Transaction): Promise<void> {
  const sectors = new Set(await db('sectors').pluck<string[]>('code'));
  const resources = new Set(await db('resource_types').pluck<string[]>('code'));
  const missing = [
    ...SECTOR_CODES.filter((code) => !sectors.has(code)).map((code) => `sector ${code}`),
    ...RESOURCE_CODES.filter((code) => !resources.has(code)).map((code) => `resource ${code}`),
  ];
  if (missing.length > 0) throw new Error(`demo data needs vocabulary codes that are missing: ${missing.join(', ')}`);
}
