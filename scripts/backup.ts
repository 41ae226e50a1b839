// `npm run backup -- FILE`: the whole database the app runs on (DATABASE_URL, or the one `npm start` provisions) as a
// pg_dump custom-format archive; restore it with `npm run restore -- FILE` (docs/OPERATIONS.md).
import path from 'node:path';
import { loadConfig } from '../server/src/config';
import { findDatabaseUrl, runMain } from './lib/open-database';
import { databaseName, takeBackup } from './lib/pg-archive';

runMain(async () => {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: npm run backup -- FILE');
  const url = await findDatabaseUrl(loadConfig(), (message) => console.log(message));
  const { bytes, entries } = await takeBackup(url, path.resolve(file));
  console.log(
    `backed up ${databaseName(url)} to ${file}: ${(bytes / 1024 ** 2).toFixed(1)} MB, ${entries} archive entries`,
  );
});
