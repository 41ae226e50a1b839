// Decides the attributes of every output governorate and district (names, codes, parents, populations) and
// records what was dropped, re-coded or corrected. Pure: geometry is handled later in PostGIS.
import {
  ATTRIBUTE_SWAPS,
  LUXOR_ISO,
  MOVED_TO_LUXOR,
  NOT_A_GOVERNORATE_WOF_IDS,
  POPULATION_ISO_ALIASES,
  QENA_DISTRICTS,
  QENA_ISO,
} from './corrections';
import { MOVED_TO_LUXOR_SHAPES, QENA_DISTRICT_SHAPES } from './geoboundaries';
import { cleanName } from './names';
import { POPULATION_YEAR, type GovernoratePopulation } from './population';
import type { DistrictKind, DroppedRecord, PlannedDistrict, PlannedGovernorate, RecodedRecord } from './types';
import type { WofRecord } from './wof';

export interface NameCorrection {
  code: string;
  field: 'nameAr' | 'nameEn';
  from: string | null;
  to: string;
}

export interface Catalogue {
  governorates: PlannedGovernorate[];
  districts: PlannedDistrict[];
  dropped: DroppedRecord[];
  recoded: RecodedRecord[];
  nameCorrections: NameCorrection[];
  swaps: string[];
}

function required<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`catalogue: missing ${what}`);
  return value;
}

function kindOf(placetypeLocal: string | null): DistrictKind {
  if (placetypeLocal === 'markaz' || placetypeLocal === 'kism') return placetypeLocal;
  if (placetypeLocal === 'new city') return 'city';
  return null;
}

/** WOF county populations are statoids figures dated 2006-11-11; anything else (or 0) becomes null. */
function census2006(record: WofRecord): { population: number | null; populationYear: number | null } {
  if (record.population === null || record.populationSource !== 'statoids' || !record.populationDate) {
    return { population: null, populationYear: null };
  }
  return { population: record.population, populationYear: Number(record.populationDate.slice(0, 4)) };
}

function planGovernorates(regions: WofRecord[], census: GovernoratePopulation[]): PlannedGovernorate[] {
  const byIso = new Map(census.map((row) => [POPULATION_ISO_ALIASES[row.iso] ?? row.iso, row]));
  const planned = regions.map((region): PlannedGovernorate => {
    const iso = required(region.iso, `ISO code of WOF region ${region.wofId}`);
    const row = required(byIso.get(iso), `2017 census row for ${iso}`);
    byIso.delete(iso);
    return {
      wofId: region.wofId,
      props: {
        code: iso,
        hasc: required(region.hasc, `HASC of ${iso}`),
        nameAr: required(cleanName(region.nameAr), `Arabic name of ${iso}`),
        nameEn: row.nameEn,
        population: row.population,
        populationYear: POPULATION_YEAR,
        areaKm2: row.areaKm2,
      },
    };
  });
  if (byIso.size > 0) throw new Error(`catalogue: census rows without a WOF region: ${[...byIso.keys()].join(', ')}`);
  return planned.sort((a, b) => a.props.code.localeCompare(b.props.code));
}

function applySwaps(counties: WofRecord[]): { counties: WofRecord[]; swaps: string[] } {
  const byId = new Map(counties.map((c) => [c.wofId, c]));
  for (const { wofIds } of ATTRIBUTE_SWAPS) {
    const a = required(byId.get(wofIds[0]), `WOF county ${wofIds[0]}`);
    const b = required(byId.get(wofIds[1]), `WOF county ${wofIds[1]}`);
    const swapped = (to: WofRecord, from: WofRecord): WofRecord => ({
      ...to,
      hasc: from.hasc,
      statoid: from.statoid,
      population: from.population,
      populationSource: from.populationSource,
      populationDate: from.populationDate,
      placetypeLocal: from.placetypeLocal,
    });
    byId.set(a.wofId, swapped(a, b));
    byId.set(b.wofId, swapped(b, a));
  }
  return { counties: counties.map((c) => byId.get(c.wofId) ?? c), swaps: ATTRIBUTE_SWAPS.map((s) => s.reason) };
}

/**
 * Today's Qena markaz (geoBoundaries geometry) and Armant/Esna (moved to Luxor), with WOF's HASC ids and 2006
 * populations, clean English names and the corrected Arabic spellings.
 */
function planReassignedDistricts(
  counties: WofRecord[],
  qenaRegionId: number,
  corrections: NameCorrection[],
): PlannedDistrict[] {
  const planned: PlannedDistrict[] = [];
  for (const [hasc, names] of Object.entries(QENA_DISTRICTS)) {
    const matches = counties.filter((c) => c.hasc === hasc && c.regionId === qenaRegionId);
    if (matches.length !== 1)
      throw new Error(`catalogue: expected one WOF Qena county ${hasc}, found ${matches.length}`);
    const wof = matches[0] as WofRecord;
    const wofAr = cleanName(wof.nameAr);
    if (wofAr !== names.nameAr) corrections.push({ code: hasc, field: 'nameAr', from: wofAr, to: names.nameAr });
    if (wof.name !== names.nameEn) corrections.push({ code: hasc, field: 'nameEn', from: wof.name, to: names.nameEn });
    planned.push({
      source: {
        kind: 'geoboundaries',
        shapeIds: Object.keys(required(QENA_DISTRICT_SHAPES[hasc], `shapes of ${hasc}`)),
      },
      props: {
        code: hasc,
        governorate: QENA_ISO,
        nameAr: names.nameAr,
        nameEn: names.nameEn,
        kind: 'markaz',
        ...census2006(wof),
      },
    });
  }
  for (const key of ['armant', 'esna'] as const) {
    const moved = MOVED_TO_LUXOR[key];
    const wof = required(
      counties.find((c) => c.wofId === moved.wofId),
      `WOF county ${moved.wofId}`,
    );
    if (wof.hasc !== moved.hasc)
      throw new Error(`catalogue: ${moved.nameEn} has HASC ${wof.hasc}, expected ${moved.hasc}`);
    planned.push({
      source: { kind: 'geoboundaries', shapeIds: Object.keys(MOVED_TO_LUXOR_SHAPES[key]) },
      props: {
        code: moved.hasc,
        governorate: LUXOR_ISO,
        nameAr: required(cleanName(wof.nameAr), `Arabic name of ${moved.nameEn}`),
        nameEn: moved.nameEn,
        kind: kindOf(wof.placetypeLocal),
        ...census2006(wof),
      },
    });
  }
  return planned;
}

/** Why a WOF county cannot be a district, or null when it can. */
function dropReason(county: WofRecord, qenaRegionId: number, regionIso: Map<number, string>): string | null {
  if (county.geometry.type === 'Point') return 'no polygon (deprecated Point record)';
  if (!county.isCurrent) return 'not current in WOF';
  if (county.regionId === qenaRegionId) return 'pre-2009 Qena unit, replaced by geoBoundaries geometry';
  if (!county.hasc) return 'no HASC id';
  if (!cleanName(county.nameAr)) return county.name ? 'no Arabic name' : `unnamed polygon (HASC ${county.hasc})`;
  if (county.regionId === null || !regionIso.has(county.regionId)) return 'no parent governorate';
  return null;
}

/**
 * Plain WOF HASC id when it identifies this polygon: its prefix is the parent governorate's HASC and no other WOF
 * county carries the same id (or this one is the only record whose statoids id it is). Otherwise a stable
 * non-HASC code `<governorate HASC>.wof<WOF id>`, reported in the README.
 */
function assignCode(
  county: WofRecord,
  governorate: PlannedGovernorate,
  hascUsers: Map<string, WofRecord[]>,
): { code: string; reason: string | null } {
  const hasc = county.hasc as string;
  const fallback = `${governorate.props.hasc}.wof${county.wofId}`;
  if (!hasc.startsWith(`${governorate.props.hasc}.`)) {
    return { code: fallback, reason: `HASC prefix is not ${governorate.props.hasc} (${governorate.props.code})` };
  }
  const users = hascUsers.get(hasc) ?? [];
  if (users.length <= 1) return { code: hasc, reason: null };
  const owners = users.filter((u) => u.statoid === hasc);
  if (owners.length === 1 && owners[0]?.wofId === county.wofId) return { code: hasc, reason: null };
  const others = users.filter((u) => u.wofId !== county.wofId).map((u) => u.name || `unnamed ${u.wofId}`);
  return { code: fallback, reason: `HASC shared with ${others.join(', ')}` };
}

export function buildCatalogue(wof: WofRecord[], census: GovernoratePopulation[]): Catalogue {
  const regions = wof.filter((r) => r.placetype === 'region' && !NOT_A_GOVERNORATE_WOF_IDS.includes(r.wofId));
  const governorates = planGovernorates(regions, census);
  const regionIso = new Map(governorates.map((g) => [g.wofId, g.props.code]));
  const govByIso = new Map(governorates.map((g) => [g.props.code, g]));
  const qenaRegionId = required(
    governorates.find((g) => g.props.code === QENA_ISO),
    'Qena region',
  ).wofId;

  const { counties, swaps } = applySwaps(wof.filter((r) => r.placetype === 'county'));
  const nameCorrections: NameCorrection[] = [];
  const districts = planReassignedDistricts(counties, qenaRegionId, nameCorrections);
  const reassignedIds = new Set(Object.values(MOVED_TO_LUXOR).map((m) => m.wofId));

  const hascUsers = new Map<string, WofRecord[]>();
  for (const c of counties) if (c.hasc) hascUsers.set(c.hasc, [...(hascUsers.get(c.hasc) ?? []), c]);

  const dropped: DroppedRecord[] = [];
  const recoded: RecodedRecord[] = [];
  for (const county of counties) {
    const isQenaMarkaz = county.regionId === qenaRegionId && county.hasc !== null && county.hasc in QENA_DISTRICTS;
    if (reassignedIds.has(county.wofId) || isQenaMarkaz) continue;
    const reason = dropReason(county, qenaRegionId, regionIso);
    if (reason) {
      dropped.push({ wofId: county.wofId, name: county.name || county.nameAr || '(unnamed)', reason });
      continue;
    }
    const governorate = required(govByIso.get(regionIso.get(county.regionId as number) ?? ''), 'governorate');
    const { code, reason: recodeReason } = assignCode(county, governorate, hascUsers);
    if (recodeReason) {
      recoded.push({
        wofId: county.wofId,
        name: county.name,
        governorate: governorate.props.code,
        wofHasc: county.hasc as string,
        code,
        reason: recodeReason,
      });
    }
    districts.push({
      source: { kind: 'wof', wofId: county.wofId },
      props: {
        code,
        governorate: governorate.props.code,
        nameAr: required(cleanName(county.nameAr), `Arabic name of ${county.wofId}`),
        nameEn: required(cleanName(county.nameEn ?? county.name), `English name of ${county.wofId}`),
        kind: kindOf(county.placetypeLocal),
        ...census2006(county),
      },
    });
  }

  const codes = new Set<string>();
  for (const d of districts) {
    if (codes.has(d.props.code)) throw new Error(`catalogue: duplicate district code ${d.props.code}`);
    codes.add(d.props.code);
    if (!govByIso.has(d.props.governorate)) throw new Error(`catalogue: ${d.props.code} has unknown governorate`);
  }
  districts.sort(
    (a, b) => a.props.governorate.localeCompare(b.props.governorate) || a.props.code.localeCompare(b.props.code),
  );
  return { governorates, districts, dropped, recoded, nameCorrections, swaps };
}
