// Every deliberate change to the source attributes, in one place, each with its reason (the README lists them).

/**
 * Today's Qena: nine markaz, HASC id → clean English name and correct Arabic name (WOF has قوس for Qus, فقات for
 * Qift).
 */
export const QENA_DISTRICTS: Readonly<Record<string, { nameEn: string; nameAr: string }>> = {
  'EG.QN.QM': { nameEn: 'Qena', nameAr: 'قنا' },
  'EG.QN.AT': { nameEn: 'Abu Tesht', nameAr: 'أبو تشت' },
  'EG.QN.FR': { nameEn: 'Farshut', nameAr: 'فرشوط' },
  'EG.QN.NH': { nameEn: 'Nag Hammadi', nameAr: 'نجع حمادي' },
  'EG.QN.QJ': { nameEn: 'Deshna', nameAr: 'دشنا' },
  'EG.QN.WA': { nameEn: 'Al Waqf', nameAr: 'الوقف' },
  'EG.QN.QA': { nameEn: 'Qift', nameAr: 'قفط' },
  'EG.QN.QS': { nameEn: 'Qus', nameAr: 'قوص' },
  'EG.QN.NE': { nameEn: 'Naqada', nameAr: 'نقادة' },
};

export const QENA_ISO = 'EG-KN';
export const LUXOR_ISO = 'EG-LX';

/**
 * Markaz transferred from Qena to Luxor governorate in December 2009. WOF still files them under Qena, but their
 * HASC ids already use Luxor's HASC prefix EG.UQ (Al Uqsur), the same prefix as WOF's Luxor region (EG.UQ) and its
 * Luxor markaz (EG.UQ.UM). They are therefore kept as EG.UQ.AR / EG.UQ.IS: an `EG.LX.*` code would not be a HASC id
 * and would not match the governorate's own `hasc`.
 */
export const MOVED_TO_LUXOR: Readonly<Record<'armant' | 'esna', { wofId: number; hasc: string; nameEn: string }>> = {
  armant: { wofId: 1092014573, hasc: 'EG.UQ.AR', nameEn: 'Armant' },
  esna: { wofId: 1092020721, hasc: 'EG.UQ.IS', nameEn: 'Esna' },
};

/**
 * Pairs of WOF counties whose HASC id, population and local placetype are swapped: the Cairo polygon (2 km², region
 * Cairo) carries Dakahlia's markaz statoid EG.DQ.GA and the Dakahlia polygon (66 km², region Dakahlia) Cairo's kism
 * statoid EG.QH.GA. The HASC prefix says which governorate a statoid belongs to, so the attributes are swapped back.
 */
export const ATTRIBUTE_SWAPS: ReadonlyArray<{ wofIds: readonly [number, number]; reason: string }> = [
  {
    wofIds: [1092017755, 1092017797],
    reason: 'El-Gamaleyah: HASC/population/placetype of the Cairo kism and the Dakahlia markaz were swapped in WOF',
  },
];

/** The census table uses EG-SH for Al Sharqia; the ISO 3166-2 code (and WOF's) is EG-SHR. */
export const POPULATION_ISO_ALIASES: Readonly<Record<string, string>> = { 'EG-SH': 'EG-SHR' };

/** WOF's "Minor islands of Egypt" region is not a governorate. */
export const NOT_A_GOVERNORATE_WOF_IDS: readonly number[] = [85681195];
