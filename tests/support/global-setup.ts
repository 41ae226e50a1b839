// Once per `npm test`: a fresh database with the real boundaries and the demo registry, shared read-only by API tests.
import { createDb } from '../../server/src/db';
import { loadBoundaries } from '../../seeds/boundaries';
import { loadDemoData } from '../../seeds/demo';
import { createScratchDatabase } from './scratch-database';

export const SHARED_DATABASE_ENV = 'CIVIC_ATLAS_TEST_DATABASE_URL';

export default async function globalSetup(): Promise<void> {
  const scratch = await createScratchDatabase('civic_atlas_test');
  const db = createDb(scratch.url, 4);
  try {
    await db.migrate.latest();
    await loadBoundaries(db);
    await loadDemoData(db);
  } finally {
    await db.destroy();
  }
  process.env[SHARED_DATABASE_ENV] = scratch.url;
  (globalThis as { dropSharedDatabase?: () => Promise<void> }).dropSharedDatabase = scratch.drop;
}
