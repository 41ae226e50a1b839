// Uniquely named databases for tests: created on the same server the app would use, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { createDb, type Db } from '../../server/src/db';
import {
  createDatabaseIfMissing,
  dropDatabase,
  provisionDatabase,
  withClient,
  withDatabase,
} from '../../server/src/provisioning/provision';

export interface ScratchDatabase {
  url: string;
  name: string;
  drop: () => Promise<void>;
}

/** The `postgres` database of the server that tests may create databases on. */
async function serverUrl(): Promise<string> {
  return provisionDatabase({
    databaseUrl: process.env.DATABASE_URL,
    databaseName: 'postgres',
    localClusterDir: process.env.LOCAL_PG_DIR ?? '.data/postgres',
    localClusterPort: Number(process.env.LOCAL_PG_PORT ?? 5433),
    log: () => undefined,
  }).then((url) => withDatabase(url, 'postgres'));
}

export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const server = await serverUrl();
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient(server, (client) => createDatabaseIfMissing(client, name, () => undefined));
  return { url: withDatabase(server, name), name, drop: () => dropDatabase(server, name) };
}

/** A scratch database migrated to the latest schema, with its pool. */
export async function createMigratedDatabase(prefix: string): Promise<ScratchDatabase & { db: Db }> {
  const scratch = await createScratchDatabase(prefix);
  const db = createDb(scratch.url, 4);
  await db.migrate.latest();
  return {
    ...scratch,
    db,
    drop: async () => {
      await db.destroy();
      await scratch.drop();
    },
  };
}
