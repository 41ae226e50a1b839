// `npm run schema:dump`: migrates a scratch database on the configured server, rewrites db/schema.sql from its
// dump, and drops it. Run it after changing migrations/ and commit the diff with them.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { createDb } from '../server/src/db';
import {
  createDatabaseIfMissing,
  dropDatabase,
  provisionDatabase,
  withClient,
  withDatabase,
} from '../server/src/provisioning/provision';
import { runMain } from './lib/open-database';
import { dumpSchema, SCHEMA_FILE } from './lib/schema-dump';

runMain(async () => {
  const config = loadConfig();
  const server = await provisionDatabase({
    databaseUrl: config.DATABASE_URL,
    databaseName: 'postgres',
    localClusterDir: config.LOCAL_PG_DIR,
    localClusterPort: config.LOCAL_PG_PORT,
    log: (message) => console.log(message),
  });
  const name = `civic_atlas_schema_${process.pid}_${randomBytes(4).toString('hex')}`;
  const serverUrl = withDatabase(server, 'postgres');
  await withClient(serverUrl, (client) => createDatabaseIfMissing(client, name, () => undefined));
  let schema: string;
  try {
    const db = createDb(withDatabase(server, name), 2);
    try {
      await db.migrate.latest();
    } finally {
      await db.destroy();
    }
    schema = await dumpSchema(withDatabase(server, name));
  } finally {
    await dropDatabase(serverUrl, name);
  }
  const before = await readFile(SCHEMA_FILE, 'utf8').catch(() => null);
  await mkdir(path.dirname(SCHEMA_FILE), { recursive: true });
  await writeFile(SCHEMA_FILE, schema);
  const where = path.relative(process.cwd(), SCHEMA_FILE);
  console.log(
    before === schema
      ? `${where} is up to date`
      : `wrote ${where} (${schema.split('\n').length} lines): review and commit the diff`,
  );
});
