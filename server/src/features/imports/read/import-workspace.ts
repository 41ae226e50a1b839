// A private temporary folder per import (mode 0700): the upload and whatever is unpacked live there and
// nowhere else, and the folder is removed whatever happens — at the end of the import, or, when the process died
// first, by the next start (the folder's name carries the process id that made it).
import { readdirSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Workspace {
  dir: string;
  /** A path inside the workspace; refuses anything that would leave it. */
  resolve: (relative: string) => string;
}

const PREFIX = 'civic-atlas-import-';
/** A folder without a process id (made before they carried one) is left this long before it is swept. */
const UNOWNED_KEPT_MS = 24 * 3600 * 1000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/** Removes the workspaces of processes that are gone; returns how many. */
export async function sweepAbandonedWorkspaces(root = tmpdir()): Promise<number> {
  let swept = 0;
  for (const name of await readdir(root)) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(root, name);
    const owner = /^(\d+)-/.exec(name.slice(PREFIX.length));
    const abandoned = owner ? !isAlive(Number(owner[1])) : Date.now() - (await stat(dir)).mtimeMs > UNOWNED_KEPT_MS;
    if (!abandoned) continue;
    await rm(dir, { recursive: true, force: true });
    swept += 1;
  }
  return swept;
}

/** This process's import folders, removed at once: the last thing a process does when it must stop mid-import. */
export function removeOwnWorkspacesSync(root = tmpdir()): void {
  for (const name of readdirSync(root)) {
    if (name.startsWith(`${PREFIX}${process.pid}-`)) rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

function workspaceAt(dir: string): Workspace {
  const root = path.resolve(dir);
  return {
    dir: root,
    resolve: (relative) => {
      const target = path.resolve(root, relative);
      if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`${relative} leaves the workspace`);
      return target;
    },
  };
}

export async function withWorkspace<T>(work: (workspace: Workspace) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), `${PREFIX}${process.pid}-`));
  try {
    return await work(workspaceAt(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
