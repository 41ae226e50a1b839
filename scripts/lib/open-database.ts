// Shared by the shell commands: read the configuration, provision the database, and open a migrated pool.
import { loadConfig, type Config } from '../../server/src/config';
import { createDb, migrateToLatest, type Db } from '../../server/src/db';
import { provisionDatabase } from '../../server/src/provisioning/provision';

export const DEFAULT_DATABASE_NAME = 'civic_atlas';

export interface OpenDatabase {
  config: Config;
  url: string;
  db: Db;
}

/** The URL of the database the app runs on: DATABASE_URL, else `civic_atlas` on the server provisioning finds. */
export function findDatabaseUrl(config: Config, log: (message: string) => void): Promise<string> {
  return provisionDatabase({
    databaseUrl: config.DATABASE_URL,
    databaseName: DEFAULT_DATABASE_NAME,
    localClusterDir: config.LOCAL_PG_DIR,
    localClusterPort: config.LOCAL_PG_PORT,
    log,
  });
}

export async function openDatabase(
  log: (message: string) => void,
  options: { migrate: boolean },
): Promise<OpenDatabase> {
  const config = loadConfig();
  const url = await findDatabaseUrl(config, log);
  const db = createDb(url, config.DATABASE_POOL_MAX);
  if (options.migrate) await migrateToLatest(db);
  return { config, url, db };
}

/** Runs a command's main function; prints only the message of an error and exits non-zero. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
