// Free disk before an upload is stored or a zip unpacked: a full disk would fail the import half-way and take the
// database's disk with it. A reserve is always left free.
import { statfs } from 'node:fs/promises';
import { HttpProblem } from '../../../http/http-problem';

/** Space left free whatever an import needs. */
export const DISK_RESERVE_BYTES = 512 * 1024 ** 2;

export async function freeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

/** 503 when writing `needed` bytes in `dir` would leave less than the reserve. */
export async function ensureFreeSpace(
  dir: string,
  needed: number,
  what: string,
  reserve = DISK_RESERVE_BYTES,
): Promise<void> {
  const free = await freeBytes(dir);
  if (free - needed < reserve) {
    throw new HttpProblem(
      'unavailable',
      `Not enough free disk for ${what} ` +
        `(${Math.ceil(needed / 1024 ** 2)} MiB needed, ${Math.floor(free / 1024 ** 2)} MiB free); ` +
        'the administrator must free space',
      undefined,
      {
        code: 'disk_full',
        headers: { 'Retry-After': '600' },
      },
    );
  }
}
