// The import benchmark's registry workbook: the directorate's .xlsx as a clerk keeps it — Arabic headers, every cell
// text, no coordinates, each row naming a real village of Qena and its district — written row by row with
// exceljs's streaming writer, so that 100,000 rows never sit in memory at once, and in a child process of its own,
// so that the writer's memory is not counted in the benchmark's peak RSS (which stands for the import service's).
import { fork } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Db } from '../../server/src/db';

export const REGISTRY_SHEET = 'سجل الجمعيات';

export const REGISTRY_HEADER = [
  'رقم القيد',
  'اسم الجمعية',
  'المركز',
  'القرية',
  'مجالات النشاط',
  'التعاون الدولي',
  'عدد الأعضاء',
] as const;

/** The mapping the GIS unit confirms for REGISTRY_HEADER, and the defaults for what the file lacks. */
export const REGISTRY_MAPPING = {
  registrationNo: 'رقم القيد',
  nameAr: 'اسم الجمعية',
  district: 'المركز',
  village: 'القرية',
  sectors: 'مجالات النشاط',
  intlCoop: 'التعاون الدولي',
  members: 'عدد الأعضاء',
};
export const REGISTRY_DEFAULTS = { kind: 'civil', governorate: 'EG-KN', status: 'active' };

export interface Village {
  village: string;
  district: string;
}

/** Sectors as clerks write them: misspelt, several to a cell, separated by "،", " - " or a line break. */
const SECTORS = ['صحه، أيتام', 'محو اميه', 'تنميه - بيئه', 'رعاية المسنين\nصحة', 'الطفوله', 'مساعدات', 'صحه'];
const NAME_STEMS = [
  'جمعية تنمية المجتمع',
  'جمعية الخير',
  'جمعية رعاية الأيتام',
  'الجمعية الخيرية الإسلامية',
  'جمعية شباب',
];

/**
 * Qena's villages whose name is the only one of its kind in its district (as the import compares names, by
 * place_key), each with its district's name: every row naming one is placed on it, never refused as ambiguous.
 */
export async function uniqueQenaVillages(db: Db): Promise<Village[]> {
  const result = await db.raw<{ rows: Village[] }>(
    `SELECT min(v.name_ar) AS village, d.name_ar AS district
       FROM villages v JOIN districts d ON d.code = v.district_code
      WHERE v.governorate_code = 'EG-KN' AND v.name_ar IS NOT NULL
      GROUP BY d.code, d.name_ar, place_key(v.name_ar)
     HAVING count(*) = 1
      ORDER BY d.code, village`,
  );
  if (result.rows.length === 0) throw new Error('no village of Qena in the database: load the boundaries first');
  return result.rows;
}

const arabicIndic = (digits: string) => digits.replace(/[0-9]/g, (digit) => String.fromCharCode(0x660 + Number(digit)));

/**
 * Row i (from 0) of the registry: all text, the district written "مركز دشنا" or "دشنا", one member count in three in
 * Arabic-Indic digits.
 */
export function registryRow(i: number, places: readonly Village[]): string[] {
  const place = places[(i * 7919) % places.length] as Village;
  const members = String(10 + ((i * 37) % 490));
  return [
    `قنا/${2000 + (i % 26)}/${i + 1}`,
    `${NAME_STEMS[i % NAME_STEMS.length]} ب${place.village} رقم ${i + 1}`,
    i % 2 === 0 ? `مركز ${place.district}` : place.district,
    place.village,
    SECTORS[i % SECTORS.length] as string,
    i % 7 === 0 ? 'نعم' : 'لا',
    i % 3 === 0 ? arabicIndic(members) : members,
  ];
}

/** Writes `rows` registry rows under the header to `file`, on one sheet, with shared strings as Excel saves them. */
export async function writeRegistryWorkbook(file: string, rows: number, places: readonly Village[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: false });
  const sheet = workbook.addWorksheet(REGISTRY_SHEET);
  sheet.addRow([...REGISTRY_HEADER]).commit();
  for (let i = 0; i < rows; i += 1) sheet.addRow(registryRow(i, places)).commit();
  sheet.commit();
  await workbook.commit();
}

interface WriteOrder {
  file: string;
  rows: number;
  places: Village[];
}
type WriteReply = { peakRss: number } | { error: string };

const CHILD_FLAG = '--write-registry-workbook';

/** writeRegistryWorkbook in a child process; resolves to the child's peak RSS in bytes. */
export function writeRegistryWorkbookApart(file: string, rows: number, places: readonly Village[]): Promise<number> {
  const child = fork(__filename, [CHILD_FLAG], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const order: WriteOrder = { file, rows, places: [...places] };
  child.send(order);
  return new Promise((resolve, reject) => {
    child.once('message', (reply: WriteReply) =>
      'error' in reply ? reject(new Error(reply.error)) : resolve(reply.peakRss),
    );
    child.once('exit', (code) => reject(new Error(`the workbook writer exited with ${code} before it replied`)));
  });
}

if (process.argv.includes(CHILD_FLAG)) {
  process.once('message', ({ file, rows, places }: WriteOrder) => {
    writeRegistryWorkbook(file, rows, places)
      .then(
        () => process.send?.({ peakRss: process.resourceUsage().maxRSS * 1024 } satisfies WriteReply),
        (error: unknown) =>
          process.send?.({ error: error instanceof Error ? error.message : String(error) } satisfies WriteReply),
      )
      .finally(() => process.disconnect());
  });
}
