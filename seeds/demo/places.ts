// Reads the loaded geography the demo hangs on (governorates, districts, named villages) and keeps points inside
// districts.
import type { Knex } from 'knex';

export const QENA = 'EG-KN';
/** Luxor and Sohag: the neighbours that also get demo associations, so the governorate filter means something. */
export const NEIGHBOURS = ['EG-LX', 'EG-SHG'] as const;

export interface Governorate {
  code: string;
  /** Short code used in registration numbers, e.g. QN from the HASC EG.QN. */
  short: string;
  nameAr: string;
  nameEn: string;
}

export interface District {
  code: string;
  governorateCode: string;
  nameAr: string;
  nameEn: string;
  kind: string | null;
  population: number | null;
}

export interface Village {
  id: number;
  nameAr: string;
  nameEn: string | null;
  placeType: string;
  population: number | null;
  governorateCode: string;
  districtCode: string;
  lon: number;
  lat: number;
}

export interface Geography {
  governorates: Map<string, Governorate>;
  districts: District[];
  villages: Village[];
}

type Reader = Knex | Knex.Transaction;

/** Everything ordered by a stable key, so the seeded draws land on the same places every run. */
export async function readGeography(db: Reader): Promise<Geography> {
  const codes = [QENA, ...NEIGHBOURS];
  const governorates = await db('governorates')
    .whereIn('code', codes)
    .orderBy('code')
    .select<{ code: string; hasc: string | null; nameAr: string; nameEn: string }[]>(
      'code',
      'hasc',
      'name_ar as nameAr',
      'name_en as nameEn',
    );
  const districts = await db('districts')
    .whereIn('governorate_code', codes)
    .orderBy('code')
    .select<District[]>(
      'code',
      'governorate_code as governorateCode',
      db.raw('coalesce(name_ar, name_en) as "nameAr"'),
      db.raw('coalesce(name_en, name_ar) as "nameEn"'),
      'kind',
      'population',
    );
  // Only villages with an Arabic name (no Latin letters) and a district: the names of associations are built on them.
  const villages = await db('villages')
    .whereIn('governorate_code', codes)
    .whereNotNull('district_code')
    .whereRaw("name_ar ~ '[\\u0600-\\u06FF]' AND name_ar !~ '[A-Za-z]'")
    .orderBy('osm_id')
    .select<Village[]>(
      'id',
      db.raw('btrim(name_ar) as "nameAr"'),
      'name_en as nameEn',
      'place_type as placeType',
      'population',
      'governorate_code as governorateCode',
      'district_code as districtCode',
      db.raw('round(ST_X(geom)::numeric, 6)::float8 as lon'),
      db.raw('round(ST_Y(geom)::numeric, 6)::float8 as lat'),
    );
  if (!governorates.some((g) => g.code === QENA) || villages.length === 0) {
    throw new Error('demo data needs the boundaries and villages of Qena loaded first (seeds/boundaries.ts)');
  }
  return {
    governorates: new Map(governorates.map((g) => [g.code, { ...g, short: shortCode(g.code, g.hasc) }])),
    districts,
    villages,
  };
}

function shortCode(code: string, hasc: string | null): string {
  return hasc?.split('.')[1] ?? code.replace(/^EG-/, '');
}

export interface Candidate {
  lon: number;
  lat: number;
  districtCode: string;
}

/**
 * For each candidate, true when the trigger would place it in `districtCode` (the first district by code that
 * contains it, exactly as locate_in_district picks), so an offset point never lands outside its village's district.
 */
export async function insideOwnDistrict(db: Reader, candidates: readonly Candidate[]): Promise<boolean[]> {
  if (candidates.length === 0) return [];
  const result = await db.raw<{ rows: { ok: boolean }[] }>(
    `SELECT (SELECT d.code FROM districts d
              WHERE ST_Intersects(d.geom, ST_SetSRID(ST_MakePoint(c.lon, c.lat), 4326))
              ORDER BY d.code LIMIT 1) IS NOT DISTINCT FROM c.district AS ok
       FROM unnest(?::float8[], ?::float8[], ?::text[]) WITH ORDINALITY AS c(lon, lat, district, n)
      ORDER BY c.n`,
    [candidates.map((c) => c.lon), candidates.map((c) => c.lat), candidates.map((c) => c.districtCode)],
  );
  return result.rows.map((row) => row.ok);
}
