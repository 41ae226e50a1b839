// Social units (الوحدات الاجتماعية): one for every three or four villages of Qena, fewer next door; a quarter unused.
import { QENA, type Village } from './places';
import type { Rng } from './random';

export interface SocialUnitRow {
  nameAr: string;
  nameEn: string;
  status: 'in_use' | 'unused';
  villageId: number;
  lon: number;
  lat: number;
}

const SHARE_IN_QENA = 0.3;
const SHARE_ELSEWHERE = 0.12;
const UNUSED_SHARE = 0.25;

/**
 * Exact shares per governorate, drawn at random; units sit on village points, so the trigger finds the village's
 * district.
 */
export function generateSocialUnits(rng: Rng, villages: readonly Village[]): SocialUnitRow[] {
  const rows: SocialUnitRow[] = [];
  const governorates = [...new Set(villages.map((v) => v.governorateCode))];
  for (const governorate of governorates) {
    const eligible = villages.filter((v) => v.governorateCode === governorate && v.placeType !== 'city');
    const share = governorate === QENA ? SHARE_IN_QENA : SHARE_ELSEWHERE;
    const chosen = rng.sample(eligible, Math.round(eligible.length * share));
    const unused = Math.round(chosen.length * UNUSED_SHARE);
    chosen.forEach((village, i) =>
      rows.push({
        nameAr: `الوحدة الاجتماعية ب${village.nameAr}`,
        nameEn: `Social Unit of ${village.nameEn ?? village.nameAr}`,
        status: i < unused ? 'unused' : 'in_use',
        villageId: village.id,
        lon: village.lon,
        lat: village.lat,
      }),
    );
  }
  return rows;
}
