// A project-local PostgreSQL cluster under an ignored folder, for machines with no server on localhost:5432.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from './run';

const POSTGRES_LIB = '/usr/lib/postgresql';

/** The newest installed PostgreSQL's bin folder, or null when none is installed. */
export function findPostgresBinaries(): string | null {
  if (!existsSync(POSTGRES_LIB)) return null;
  const majors = readdirSync(POSTGRES_LIB)
    .filter((entry) => /^\d+$/.test(entry) && existsSync(path.join(POSTGRES_LIB, entry, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return majors[0] ? path.join(POSTGRES_LIB, majors[0], 'bin') : null;
}

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` system user. */
async function runAsOwner(binary: string, args: string[]): Promise<string> {
  if (!isRoot()) return run(binary, args);
  return run('runuser', ['-u', 'postgres', '--', binary, ...args]);
}

/** pg_ctl status exits non-zero when no server runs (a stale postmaster.pid after a crash included). */
async function isRunning(pgCtl: string, pgData: string): Promise<boolean> {
  try {
    await runAsOwner(pgCtl, ['status', '-D', pgData]);
    return true;
  } catch {
    return false;
  }
}

/** Initialises (once) and starts the local cluster; returns a URL to its `postgres` database. */
export async function startLocalCluster(dataDir: string, port: number): Promise<string> {
  const bin = findPostgresBinaries();
  if (!bin) {
    throw new Error(
      'No PostgreSQL server found on localhost:5432 and no PostgreSQL binaries installed. ' +
        'Install them with: sudo apt-get install -y postgresql postgresql-15-postgis-3 (or set DATABASE_URL).',
    );
  }
  const absoluteDir = path.resolve(dataDir);
  const pgData = path.join(absoluteDir, 'data');
  mkdirSync(absoluteDir, { recursive: true });
  if (isRoot()) await run('chown', ['-R', 'postgres:postgres', absoluteDir]);
  if (!existsSync(path.join(pgData, 'PG_VERSION'))) {
    await runAsOwner(path.join(bin, 'initdb'), [
      '-D',
      pgData,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
  }
  if (!(await isRunning(path.join(bin, 'pg_ctl'), pgData))) {
    await runAsOwner(path.join(bin, 'pg_ctl'), [
      '-D',
      pgData,
      '-l',
      path.join(absoluteDir, 'server.log'),
      '-o',
      `-p ${port} -k ${absoluteDir} -c listen_addresses=127.0.0.1`,
      '-w',
      'start',
    ]);
  }
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}
