// Which encoding a file's text is in: a shapefile's .cpg, else its DBF language-driver byte, else a sniff of the
// bytes (valid UTF-8 is UTF-8, anything else is read as Arabic Windows, CP1256); a CSV is sniffed and made UTF-8.
import { open, readFile, writeFile } from 'node:fs/promises';

export interface DetectedEncoding {
  encoding: string;
  source: 'cpg' | 'dbf-language-driver' | 'sniffed' | 'format' | 'override';
}

/** What .cpg files say, normalised to GDAL's names. */
const CPG_NAMES: [RegExp, string][] = [
  [/^(utf-?8|65001)$/i, 'UTF-8'],
  [/^((ansi|cp|windows-?)?1256)$/i, 'CP1256'],
  [/^(iso-?8859-?6|88596)$/i, 'ISO-8859-6'],
  [/^((ansi|cp|windows-?)?1252)$/i, 'CP1252'],
  [/^(iso-?8859-?1|88591|latin-?1)$/i, 'ISO-8859-1'],
];

/**
 * DBF language-driver ids (byte 29) that name one code page. 0 (none) and 0x57 ("ANSI", the writer's own
 * Windows code page — CP1256 on an Arabic Windows) name none, so those files are sniffed.
 */
const LANGUAGE_DRIVERS: Record<number, string> = {
  0x01: 'CP437',
  0x02: 'CP850',
  0x03: 'CP1252',
  0x58: 'CP1252',
  0x59: 'CP1252',
  0x64: 'CP852',
  0x65: 'CP866',
  0x7d: 'CP1255',
  0x7e: 'CP1256',
  0xc8: 'CP1250',
  0xc9: 'CP1251',
  0xca: 'CP1254',
  0xcb: 'CP1253',
  0xcc: 'CP1257',
};

/** How much of a file the sniff reads. */
const SNIFF_BYTES = 8 * 1024 * 1024;

/** Node's decoder labels for GDAL's names, for the text this module decodes itself. */
const DECODER_LABEL: Record<string, string> = {
  'UTF-8': 'utf-8',
  CP1256: 'windows-1256',
  'ISO-8859-6': 'iso-8859-6',
  CP1252: 'windows-1252',
  'ISO-8859-1': 'latin1',
};

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** UTF-8 when the bytes decode as UTF-8 (a sequence cut at the end of the sample is allowed), else CP1256. */
export function sniffEncoding(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'UTF-8';
  } catch {
    return 'CP1256';
  }
}

export async function detectDbfEncoding(dbfPath: string, cpgPath: string | null): Promise<DetectedEncoding> {
  if (cpgPath) {
    const said = (await readFile(cpgPath, 'latin1')).trim();
    const known = CPG_NAMES.find(([pattern]) => pattern.test(said));
    if (known) return { encoding: known[1], source: 'cpg' };
  }
  const head = await readHead(dbfPath, SNIFF_BYTES);
  const languageDriver = LANGUAGE_DRIVERS[head[29] ?? 0];
  if (languageDriver) return { encoding: languageDriver, source: 'dbf-language-driver' };
  const headerLength = head.length >= 10 ? head.readUInt16LE(8) : 0;
  return { encoding: sniffEncoding(head.subarray(headerLength)), source: 'sniffed' };
}

/** A CSV's encoding; when it is not UTF-8 the file is rewritten as UTF-8, which is all GDAL's CSV reader takes. */
export async function normaliseCsvEncoding(csvPath: string, override: string | undefined): Promise<DetectedEncoding> {
  const bytes = await readFile(csvPath);
  const encoding = override ?? sniffEncoding(bytes.subarray(0, SNIFF_BYTES));
  if (encoding !== 'UTF-8')
    await writeFile(csvPath, new TextDecoder(DECODER_LABEL[encoding] ?? encoding).decode(bytes), 'utf8');
  return { encoding, source: override ? 'override' : 'sniffed' };
}
