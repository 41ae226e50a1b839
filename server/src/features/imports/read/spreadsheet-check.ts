// Recognises a workbook among uploads and refuses the hostile ones before GDAL opens them: an .xlsx or .ods is a
// zip, so its entries' sizes and ratios are checked as any zip's are, its sheets counted and (for .xlsx) each
// sheet's declared size read from its first bytes; an OLE file is an old .xls or a password-protected workbook.
import { open } from 'node:fs/promises';
import yauzl, { type Entry } from 'yauzl';
import { refuseFile } from './refuse-file';
import { checkZipSizes, type ZipLimits } from './zip-archive';

export type SpreadsheetFormat = 'xlsx' | 'ods';

/** More sheets than this is not a registry. */
export const MAX_SHEETS = 50;
/** Rows and columns a sheet may declare; the row limit is also checked against what GDAL counts. */
export const MAX_SHEET_ROWS = 500_000;
export const MAX_SHEET_COLUMNS = 500;

/** The compound-file signature every .xls and every encrypted .xlsx starts with. */
const OLE_SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
/** The stream a password-protected OOXML workbook keeps its encrypted zip in. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
/** Bytes of a sheet read to find its <dimension>, which Excel writes before the first row. */
const SHEET_HEAD_BYTES = 4096;

/**
 * An OLE file is never read: an encrypted workbook asks for its password to be removed, a .xls to be saved as
 * .xlsx.
 */
export async function refuseOleFile(file: string, head: Buffer): Promise<void> {
  if (!head.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return;
  const handle = await open(file, 'r');
  const bytes = await handle.readFile().finally(() => handle.close());
  if (bytes.includes(ENCRYPTED_PACKAGE)) {
    throw refuseFile(
      'spreadsheetEncrypted',
      'The workbook is protected by a password: open it in Excel, ' +
        'remove the password (File → Info → Protect Workbook) and send it again',
    );
  }
  throw refuseFile(
    'xlsNotSupported',
    'This is an Excel 97–2003 workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx, then send that',
    { kind: 'unsupportedMediaType' },
  );
}

async function readEntryHead(zip: yauzl.ZipFile, entry: Entry, bytes: number): Promise<string> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, bytes).toString('utf8');
}

const ODS_TABLE = '<table:table ';

/** The sheets of an .ods: its content.xml streamed (never held whole), counting the table elements. */
async function countOdsTables(zip: yauzl.ZipFile, content: Entry): Promise<number> {
  let count = 0;
  let carry = '';
  for await (const chunk of (await zip.openReadStreamPromise(content)) as AsyncIterable<Buffer>) {
    const text = carry + chunk.toString('latin1');
    count += text.split(ODS_TABLE).length - 1;
    carry = text.slice(-(ODS_TABLE.length - 1));
    if (count > MAX_SHEETS) break;
  }
  return count;
}

/** "A1:XFD1048576" → the columns and rows it spans. */
function dimensionOf(ref: string): { columns: number; rows: number } | null {
  const corners = ref.split(':').map((cell) => /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(cell));
  const last = corners[corners.length - 1];
  const first = corners[0];
  if (!first || !last) return null;
  const column = (letters: string) => {
    let sum = 0;
    for (let i = 0; i < letters.length; i++) sum = sum * 26 + letters.charCodeAt(i) - 64;
    return sum;
  };
  return {
    columns: column(last[1] ?? 'A') - column(first[1] ?? 'A') + 1,
    rows: Number(last[2]) - Number(first[2]) + 1,
  };
}

async function checkXlsxSheets(zip: yauzl.ZipFile, sheets: Entry[]): Promise<void> {
  if (sheets.length > MAX_SHEETS)
    throw refuseFile(
      'tooManySheets',
      `The workbook has ${sheets.length} sheets; at most ${MAX_SHEETS} are read: ` +
        "keep the registry's sheet and send that",
    );
  for (const sheet of sheets) {
    const ref = /<dimension ref="([^"]+)"/.exec(await readEntryHead(zip, sheet, SHEET_HEAD_BYTES))?.[1];
    const size = ref ? dimensionOf(ref) : null;
    if (size && size.columns > MAX_SHEET_COLUMNS) {
      throw refuseFile(
        'tooManyColumns',
        `A sheet spans ${size.columns} columns; at most ${MAX_SHEET_COLUMNS} are read`,
      );
    }
    if (size && size.rows > MAX_SHEET_ROWS + 1) {
      throw refuseFile(
        'tooManyRows',
        `A sheet spans ${size.rows} rows; at most ${MAX_SHEET_ROWS} are imported at once: split the file`,
        { kind: 'payloadTooLarge' },
      );
    }
  }
}

async function listEntries(zip: yauzl.ZipFile): Promise<Entry[] | null> {
  const entries: Entry[] = [];
  try {
    for await (const entry of zip.eachEntry()) entries.push(entry);
  } catch {
    return null;
  }
  return entries;
}

/** The workbook format of a zip upload, after its checks; null for any other zip. */
export async function inspectWorkbook(file: string, limits: ZipLimits): Promise<SpreadsheetFormat | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch {
    return null; // not a zip yauzl reads: unpackZip will say why
  }
  try {
    const entries = await listEntries(zip);
    if (entries === null) return null; // a name yauzl refuses: unpackZip will say why
    const names = new Set(entries.map((entry) => entry.fileName));
    const format: SpreadsheetFormat | null = names.has('xl/workbook.xml')
      ? 'xlsx'
      : names.has('content.xml') && names.has('mimetype')
        ? 'ods'
        : null;
    if (format === null) return null;
    checkZipSizes(entries, limits, 'payloadTooLarge');
    if (format === 'xlsx')
      await checkXlsxSheets(
        zip,
        entries.filter((entry) => /^xl\/worksheets\/[^/]+\.xml$/.test(entry.fileName)),
      );
    else {
      const tables = await countOdsTables(zip, entries.find((entry) => entry.fileName === 'content.xml') as Entry);
      if (tables > MAX_SHEETS)
        throw refuseFile('tooManySheets', `The workbook has ${tables} sheets; at most ${MAX_SHEETS} are read`);
    }
    return format;
  } finally {
    zip.close();
  }
}
