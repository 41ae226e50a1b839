// The demo registry for Qena (and some of Luxor and Sohag): generated, deterministic, marked source = 'demo'.
// No public list of Egyptian associations exists, so every row here is invented, on real villages and districts.
import type { Db } from '../../server/src/db';
import { generateAssociations } from './generate-associations';
import { generateResources, generateSectors } from './generate-details';
import { generateLinks } from './generate-links';
import { generateProgrammes } from './generate-programmes';
import { generateSocialUnits } from './generate-social-units';
import { generateStories } from './generate-stories';
import { writeDemoData, type DemoCounts } from './insert';
import { readGeography } from './places';
import { placeAssociations } from './placement';
import { createRng } from './random';
import { assertVocabularies } from './vocabulary';

export type { DemoCounts } from './insert';

/**
 * Fixed seed: the same rows on every run. Each step draws from its own stream, so changing one leaves the others
 * alone.
 */
export const DEMO_SEED = 20_261_123;
const stream = (step: number) => createRng(DEMO_SEED + step * 7_919);

/** Needs boundaries and villages loaded (seeds/boundaries.ts); writes everything in one transaction. */
export async function loadDemoData(db: Db): Promise<DemoCounts> {
  return db.transaction(async (trx) => {
    await assertVocabularies(trx);
    const geography = await readGeography(trx);
    const associations = generateAssociations(stream(1), geography);
    await placeAssociations(trx, stream(2), associations);
    const sectors = generateSectors(stream(3), associations);
    const resources = generateResources(stream(4), associations);
    const programmes = generateProgrammes(stream(5), associations);
    const links = generateLinks(stream(6), associations);
    const stories = generateStories(stream(7), associations, resources);
    const socialUnits = generateSocialUnits(stream(8), geography.villages);
    return writeDemoData(trx, { associations, sectors, resources, programmes, links, stories, socialUnits });
  });
}
