// Drafts of the demo associations: where each sits, what it is called, its size, dates, status and contacts.
import { CENTRAL_SHARE, mainVillage, planQuotas, villageWeight, type DistrictQuota } from './plan';
import {
  CENTRAL_THEMES,
  centralNameAr,
  CIVIL_PATTERNS,
  STREETS_AR,
  districtPrefixAr,
  inPlaceAr,
  type NamePattern,
} from './names';
import { emailAddress, mobileNumber, personName } from './people';
import type { Geography, Governorate, Village } from './places';
import { clampDate, cycle, type Rng } from './random';
import type { SectorCode } from './vocabulary';

export type Kind = 'civil' | 'central';
export type Status = 'active' | 'suspended' | 'dissolved';

export interface DemoAssociation {
  registrationNo: string;
  nameAr: string;
  nameEn: string;
  kind: Kind;
  status: Status;
  village: Village;
  /** Filled in by placement: the village point or a point near it in the same district. */
  lon: number;
  lat: number;
  address: string;
  members: number;
  boardSize: number;
  staff: number;
  volunteers: number;
  annualBudget: number;
  foundedOn: string;
  registeredOn: string;
  lastVerifiedOn: string;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  /** The sectors the name implies; details add a few more. */
  sectors: SectorCode[];
  patternKey: string;
}

type Identity = Pick<DemoAssociation, 'nameAr' | 'nameEn' | 'kind' | 'village' | 'sectors' | 'patternKey'>;

const WOMEN_PATTERNS = new Set(['rural_women', 'businesswomen', 'family', 'productive', 'childhood']);

export function generateAssociations(rng: Rng, geography: Geography): DemoAssociation[] {
  const quotas = planQuotas(geography);
  const identities: Identity[] = [];
  for (const governorate of geography.governorates.values()) {
    const mine = quotas.filter((q) => q.district.governorateCode === governorate.code);
    const total = mine.reduce((sum, q) => sum + q.count, 0);
    if (total === 0) continue;
    const centrals = centralIdentities(governorate, mine, Math.max(2, Math.round(total * CENTRAL_SHARE)));
    identities.push(...centrals);
    for (const quota of mine) {
      const centralsHere = centrals.filter((c) => c.village.districtCode === quota.district.code).length;
      const taken = new Set(identities.map((identity) => identity.nameAr));
      identities.push(...civilIdentities(rng, quota, Math.max(0, quota.count - centralsHere), taken));
    }
  }
  const phones = new Set<string>();
  const emails = new Set<string>();
  const drafts = identities.map((identity) => describe(rng, identity, geography, phones, emails));
  return numberRegistrations(rng, drafts, geography);
}

/** Central associations: the first themes at governorate level in the capital, the rest per district. */
function centralIdentities(governorate: Governorate, quotas: readonly DistrictQuota[], count: number): Identity[] {
  const capital = mainVillage(quotas.flatMap((q) => q.villages));
  return Array.from({ length: count }, (_, i): Identity => {
    const theme = cycle(CENTRAL_THEMES, i);
    const quota = quotas[i % quotas.length];
    const governorateLevel = i < CENTRAL_THEMES.length / 2 || quota === undefined;
    const village = governorateLevel ? capital : mainVillage(quota.villages);
    const scopeAr = governorateLevel
      ? `بمحافظة ${governorate.nameAr}`
      : `${inPlaceAr(districtPrefixAr(quota.district.kind))} ${quota.district.nameAr}`;
    const scopeEn = governorateLevel ? `${governorate.nameEn} Governorate` : `${quota.district.nameEn} District`;
    return {
      nameAr: centralNameAr(theme.ar, scopeAr),
      nameEn: `Central Association for ${theme.en}, ${scopeEn}`,
      kind: 'central',
      village,
      sectors: [...theme.sectors],
      patternKey: 'central',
    };
  });
}

/**
 * Civil associations at villages drawn by size (the square root of it, so towns do not take everything);
 * a name already in `taken` (the same pattern at a village of the same name) is never used twice.
 */
function civilIdentities(rng: Rng, quota: DistrictQuota, count: number, taken: Set<string>): Identity[] {
  const identities: Identity[] = [];
  for (let attempts = 0; identities.length < count; attempts += 1) {
    if (attempts > count * 100)
      throw new Error(`not enough distinct names for ${count} associations in ${quota.district.code}`);
    const village = rng.weighted(quota.villages, (v) => Math.sqrt(villageWeight(v)));
    const inPlace = inPlaceAr(village.nameAr);
    const free = CIVIL_PATTERNS.filter((p) => !taken.has(p.nameAr(inPlace)));
    if (free.length === 0) continue;
    const pattern: NamePattern = rng.weighted(free, (p) => p.weight);
    const nameAr = pattern.nameAr(inPlace);
    taken.add(nameAr);
    const placeEn = village.nameEn ?? quota.district.nameEn;
    identities.push({
      nameAr,
      nameEn: pattern.nameEn(placeEn),
      kind: 'civil',
      village,
      sectors: [...pattern.sectors],
      patternKey: pattern.key,
    });
  }
  return identities;
}

/** Founding eras: few before 1980, most after 2000 (law 84 of 2002, then law 149 of 2019). */
const ERAS = [
  { from: '1960-01-01', to: '1979-12-31', weight: 10 },
  { from: '1980-01-01', to: '1999-12-31', weight: 25 },
  { from: '2000-01-01', to: '2014-12-31', weight: 40 },
  { from: '2015-01-01', to: '2024-06-30', weight: 25 },
] as const;

function describe(
  rng: Rng,
  identity: Identity,
  geography: Geography,
  phones: Set<string>,
  emails: Set<string>,
): DemoAssociation {
  const central = identity.kind === 'central';
  const era = central ? rng.pick(ERAS.slice(0, 3)) : rng.weighted(ERAS, (e) => e.weight);
  const foundedOn = rng.date(era.from, era.to);
  const registeredOn = clampDate(addDays(foundedOn, rng.int(20, 540)), foundedOn, '2024-12-31');
  const members = Math.round(
    central ? clamp(rng.logNormal(700, 0.6), 150, 4800) : clamp(rng.logNormal(60, 0.85), 10, 2500),
  );
  const roll = rng.next();
  const status: Status = central || roll < 0.89 ? 'active' : roll < 0.97 ? 'suspended' : 'dissolved';
  const district = geography.districts.find((d) => d.code === identity.village.districtCode);
  const woman = WOMEN_PATTERNS.has(identity.patternKey) ? rng.chance(0.8) : rng.chance(0.12);
  const placeEn = identity.village.nameEn ?? district?.nameEn ?? '';
  return {
    ...identity,
    registrationNo: '',
    status,
    lon: identity.village.lon,
    lat: identity.village.lat,
    address: (
      `${rng.pick(STREETS_AR)}، ${identity.village.nameAr}، ` +
      `${districtPrefixAr(district?.kind ?? null)} ${district?.nameAr ?? ''}`
    ).trim(),
    members,
    boardSize: central ? rng.pick([9, 11, 13, 15]) : rng.pick([5, 7, 7, 9, 9, 11, 13, 15]),
    staff: central ? rng.int(6, 60) : Math.round(members * rng.next() * 0.08),
    volunteers: Math.round(members * (0.05 + rng.next() * 0.45)),
    annualBudget: roundTo(
      central ? rng.logNormal(2_500_000, 0.6) : rng.logNormal(120_000 * Math.sqrt(members / 60), 0.8),
      500,
    ),
    foundedOn,
    registeredOn,
    lastVerifiedOn: rng.date('2024-01-01', '2026-10-31'),
    contactPerson: rng.chance(0.95) ? personName(rng, woman) : null,
    phone: rng.chance(0.92) ? mobileNumber(rng, phones) : null,
    email: rng.chance(central ? 0.9 : 0.3) ? emailAddress(identity.nameEn, placeEn, emails) : null,
  };
}

/** Registration numbers per governorate in date order: «QN-2011-0457», the number only ever growing. */
function numberRegistrations(rng: Rng, drafts: DemoAssociation[], geography: Geography): DemoAssociation[] {
  // Plain code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
  const ordered = [...drafts].sort((a, b) => compare(a.registeredOn, b.registeredOn) || compare(a.nameAr, b.nameAr));
  const next = new Map<string, number>();
  for (const draft of ordered) {
    const governorate = geography.governorates.get(draft.village.governorateCode);
    const number = (next.get(draft.village.governorateCode) ?? 0) + rng.int(1, 9);
    next.set(draft.village.governorateCode, number);
    const year = draft.registeredOn.slice(0, 4);
    draft.registrationNo = `${governorate?.short ?? 'EG'}-${year}-${String(number).padStart(4, '0')}`;
  }
  return ordered;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const roundTo = (value: number, step: number): number => Math.round(value / step) * step;
