// Unpacks an uploaded zip safely: every name, size and compression ratio is checked from the central directory,
// and the free disk, before one byte is written, bytes are counted again while unpacking, and only data files land,
// inside the workspace.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry } from 'yauzl';
import { HttpProblem } from '../../../http/http-problem';
import { refuseFile } from './refuse-file';
import { ensureFreeSpace } from './disk-space';
import type { Workspace } from './import-workspace';

export interface ZipLimits {
  maxUnzippedBytes: number;
  maxEntries: number;
  /** Uncompressed ÷ compressed for one entry; past it the entry is treated as a zip bomb. */
  maxRatio: number;
}

/** The files a dataset is made of; everything else in the zip (readmes, styles, indexes) is left packed. */
const DATA_FILE = /\.(shp|shx|dbf|prj|cpg|gpkg|geojson|json|kml|csv)$/i;
const JUNK = /(^|\/)(__MACOSX|\.)/;
/** Entries this small are never called bombs, however well they compress. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * The entry count, each entry's compression ratio and the unpacked total, from the central directory. A total
 * over the limit is a 422 for a zip of data files, a 413 for a workbook (`tooLarge`).
 */
export function checkZipSizes(
  entries: Entry[],
  limits: ZipLimits,
  tooLarge: 'unprocessable' | 'payloadTooLarge' = 'unprocessable',
): void {
  if (entries.length > limits.maxEntries)
    throw refuseFile(
      'import_zip_too_many_entries',
      `The zip holds ${entries.length} entries; at most ${limits.maxEntries} are read`,
    );
  let total = 0;
  for (const entry of entries) {
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
      throw refuseFile(
        'zipBomb',
        `${entry.fileName} would unpack ${Math.round(ratio)} times larger than it is packed; refused as a zip bomb`,
      );
    }
    total += entry.uncompressedSize;
  }
  if (total > limits.maxUnzippedBytes)
    throw refuseFile(
      'import_zip_too_large',
      `The zip would unpack to ${total} bytes; at most ${limits.maxUnzippedBytes} are accepted`,
      { kind: tooLarge },
    );
}

function checkEntries(entries: Entry[], limits: ZipLimits): Entry[] {
  if (entries.length > limits.maxEntries) checkZipSizes(entries, limits);
  const wanted = entries.filter(
    (entry) => !entry.fileName.endsWith('/') && !JUNK.test(entry.fileName) && DATA_FILE.test(entry.fileName),
  );
  for (const entry of wanted) {
    if (entry.isEncrypted())
      throw refuseFile('import_zip_encrypted', `${entry.fileName} is encrypted; send the zip without a password`);
  }
  checkZipSizes(wanted, limits);
  return wanted;
}

/** Counts the bytes that really come out, whatever the headers said. */
function byteBudget(limits: ZipLimits): () => Transform {
  let written = 0;
  return () =>
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        if (written > limits.maxUnzippedBytes)
          done(refuseFile('import_zip_too_large', `The zip unpacks to more than ${limits.maxUnzippedBytes} bytes`));
        else done(null, chunk);
      },
    });
}

/** Unpacks the data files under `unzipped/` and returns their paths relative to it. */
export async function unpackZip(zipPath: string, workspace: Workspace, limits: ZipLimits): Promise<string[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw refuseFile('import_unreadable_file', `The zip could not be read: ${(error as Error).message}`);
  }
  try {
    const entries: Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    const wanted = checkEntries(entries, limits);
    await ensureFreeSpace(
      workspace.dir,
      wanted.reduce((sum, entry) => sum + entry.uncompressedSize, 0),
      'unpacking this zip',
    );
    const counter = byteBudget(limits);
    for (const entry of wanted) {
      const target = workspace.resolve(path.join('unzipped', entry.fileName));
      await mkdir(path.dirname(target), { recursive: true });
      await pipeline(
        await zip.openReadStreamPromise(entry),
        counter(),
        createWriteStream(target, { flags: 'wx', mode: 0o600 }),
      );
    }
    return wanted.map((entry) => entry.fileName);
  } catch (error) {
    if (error instanceof HttpProblem) throw error;
    throw refuseFile('import_unreadable_file', `The zip could not be read: ${(error as Error).message}`);
  } finally {
    zip.close();
  }
}
