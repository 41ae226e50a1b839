// A database of a test file's own, with the real boundaries and the demo registry, for tests that write.
import { loadBoundaries } from '../../seeds/boundaries';
import { loadDemoData } from '../../seeds/demo';
import { createMigratedDatabase } from './scratch-database';

export async function createRegistryDatabase(prefix: string) {
  const scratch = await createMigratedDatabase(prefix);
  await loadBoundaries(scratch.db);
  await loadDemoData(scratch.db);
  return scratch;
}
