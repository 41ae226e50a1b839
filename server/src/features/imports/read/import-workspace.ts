// A private temporary folder per import (mode 0700): the upload and whatever is unpacked live there and
// nowhere else, and the folder is removed whatever happens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Workspace {
  dir: string;
  /** A path inside the workspace; refuses anything that would leave it. */
  resolve: (relative: string) => string;
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
  const dir = await mkdtemp(path.join(tmpdir(), 'civic-atlas-import-'));
  try {
    return await work(workspaceAt(dir));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
