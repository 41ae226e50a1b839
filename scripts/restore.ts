// `npm run restore -- FILE`: a `npm run backup` archive into the app's database (DATABASE_URL, or the one `npm start`
// provisions), which must be empty; `npm start` then runs on it (docs/OPERATIONS.md).
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { findDatabaseUrl, runMain } from './lib/open-database';
import { databaseName } from './lib/pg-archive';
import { restoreBackup } from './lib/pg-restore';

runMain(async () => {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: npm run restore -- FILE');
  const url = await findDatabaseUrl(loadConfig(), (message) => console.log(message));
  const { entries, extensions } = await restoreBackup(url, path.resolve(file));
  console.log(
    `restored ${file} into ${databaseName(url)}: ${entries} archive entries, extensions ${extensions.join(', ')}`,
  );
});
