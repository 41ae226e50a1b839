// Writes a small PMTiles v3 archive (one root directory, no leaves, tiles uncompressed MVT), as the spec lays it
// out: a 127-byte header, the root directory, JSON metadata, then the tile data. For tests that need an archive of
// their own; a deployment makes real ones with tilemaker or planetiler (docs/BASEMAP.md).
import { writeFileSync } from 'node:fs';
import { zxyToTileId } from 'pmtiles';

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Buffer;
}

const HEADER_BYTES = 127;
const COMPRESSION_NONE = 1;
const TILE_TYPE_MVT = 1;

function varint(value: number, into: number[]): void {
  let rest = value;
  while (rest >= 0x80) {
    into.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  into.push(rest);
}

/** Entries sorted by tile id, each with its own run of 1: ids as deltas, run lengths, lengths, offsets + 1. */
function directory(entries: { tileId: number; offset: number; length: number }[]): Buffer {
  const bytes: number[] = [];
  varint(entries.length, bytes);
  let lastId = 0;
  for (const entry of entries) {
    varint(entry.tileId - lastId, bytes);
    lastId = entry.tileId;
  }
  for (let i = 0; i < entries.length; i += 1) varint(1, bytes);
  for (const entry of entries) varint(entry.length, bytes);
  for (const entry of entries) varint(entry.offset + 1, bytes);
  return Buffer.from(bytes);
}

export function writePmtiles(
  file: string,
  tiles: ArchiveTile[],
  bounds: [number, number, number, number],
  metadata: object,
): void {
  const sorted = tiles
    .map((tile) => ({ ...tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) }))
    .sort((a, b) => a.tileId - b.tileId);
  let offset = 0;
  const entries = sorted.map((tile) => {
    const entry = { tileId: tile.tileId, offset, length: tile.data.length };
    offset += tile.data.length;
    return entry;
  });
  const root = directory(entries);
  const meta = Buffer.from(JSON.stringify(metadata));
  const data = Buffer.concat(sorted.map((tile) => tile.data));
  const zooms = sorted.map((tile) => tile.z);

  const header = Buffer.alloc(HEADER_BYTES);
  header.write('PMTiles', 0, 'latin1');
  header.writeUInt8(3, 7);
  const u64 = (position: number, value: number) => header.writeBigUInt64LE(BigInt(value), position);
  u64(8, HEADER_BYTES);
  u64(16, root.length);
  u64(24, HEADER_BYTES + root.length);
  u64(32, meta.length);
  u64(40, HEADER_BYTES + root.length + meta.length);
  u64(48, 0);
  u64(56, HEADER_BYTES + root.length + meta.length);
  u64(64, data.length);
  u64(72, sorted.length);
  u64(80, sorted.length);
  u64(88, sorted.length);
  header.writeUInt8(1, 96); // clustered: tiles in id order
  header.writeUInt8(COMPRESSION_NONE, 97);
  header.writeUInt8(COMPRESSION_NONE, 98);
  header.writeUInt8(TILE_TYPE_MVT, 99);
  header.writeUInt8(Math.min(...zooms), 100);
  header.writeUInt8(Math.max(...zooms), 101);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = bounds;
  header.writeInt32LE(e7(west), 102);
  header.writeInt32LE(e7(south), 106);
  header.writeInt32LE(e7(east), 110);
  header.writeInt32LE(e7(north), 114);
  header.writeUInt8(Math.min(...zooms), 118);
  header.writeInt32LE(e7((west + east) / 2), 119);
  header.writeInt32LE(e7((south + north) / 2), 123);

  writeFileSync(file, Buffer.concat([header, root, meta, data]));
}
