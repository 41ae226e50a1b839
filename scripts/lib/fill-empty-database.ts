// Loads the real boundaries, the basemap and the demo registry into a database that has none of them yet.
import type { Db } from '../../server/src/db';
import { loadBasemap, loadBoundaries } from '../../seeds/boundaries';
import { loadDemoData } from '../../seeds/demo';

export async function fillEmptyDatabase(db: Db, log: (message: string) => void): Promise<void> {
  const hasBoundaries = await db('governorates').first<{ code: string } | undefined>('code');
  if (!hasBoundaries) {
    const counts = await loadBoundaries(db);
    log(
      `loaded boundaries: ${counts.governorates} governorates, ${counts.districts} districts, ` +
        `${counts.villages} villages, ${counts.basemap} basemap parts`,
    );
  } else if (!(await db('basemap_features').first('id'))) {
    // A database filled before the basemap existed.
    log(`loaded the basemap: ${await loadBasemap(db)} parts`);
  }
  const hasAssociations = await db('associations').first<{ id: number } | undefined>('id');
  if (!hasAssociations) {
    const counts = await loadDemoData(db);
    log(`loaded the demo registry (generated, not real): ${JSON.stringify(counts)}`);
  }
}
