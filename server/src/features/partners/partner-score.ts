// The partner score: transparent points out of 100 for distance, complementary resources, sector, capacity,
// international-cooperation experience and existing links, each with its reason in Arabic and English.
import type { PartnerReason } from '../../../../contracts/partners';

export const WEIGHTS = { distance: 30, resources: 25, sector: 20, capacity: 15, intlCoop: 5, linked: 5 } as const;

/** Members at which capacity earns its full points (on a log scale). */
const FULL_CAPACITY_MEMBERS = 1000;

export interface SeekerProfile {
  sectors: string[];
  resources: Record<string, number>;
}

export interface PartnerNeed {
  sector?: string;
  resource?: { code: string; minQuantity: number };
  radiusKm: number;
}

export interface Candidate {
  distanceKm: number;
  members: number;
  intlCoop: boolean;
  sectors: string[];
  resources: Record<string, number>;
  partners: string[];
  linkKind: string | null;
}

export interface Label {
  ar: string;
  en: string;
}

export interface Labels {
  sectors: Map<string, Label>;
  resources: Map<string, Label>;
}

const arNumber = new Intl.NumberFormat('ar-EG', { maximumFractionDigits: 1 });
const enNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const round1 = (value: number) => Math.round(value * 10) / 10;
const label = (labels: Map<string, Label>, code: string): Label => labels.get(code) ?? { ar: code, en: code };
const LINK_WORDS: Record<string, Label> = {
  affiliation: { ar: 'انتساب', en: 'affiliation' },
  partnership: { ar: 'شراكة', en: 'partnership' },
  network: { ar: 'شبكة', en: 'network' },
};

function resourceReason(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels): PartnerReason | null {
  if (need.resource) {
    const { ar, en } = label(labels.resources, need.resource.code);
    const quantity = candidate.resources[need.resource.code] ?? 0;
    return { code: 'has_resource', ar: `لديها ${ar} (${arNumber.format(quantity)})`, en: `has ${en} (${quantity})`, points: WEIGHTS.resources };
  }
  const lacking = Object.keys(candidate.resources).filter((code) => (seeker.resources[code] ?? 0) === 0).slice(0, 3);
  if (lacking.length === 0) return null;
  const names = lacking.map((code) => label(labels.resources, code));
  return {
    code: 'complements',
    ar: `لديها ما ينقصكم: ${names.map((n) => n.ar).join('، ')}`,
    en: `has what you lack: ${names.map((n) => n.en).join(', ')}`,
    points: round1((WEIGHTS.resources * lacking.length) / 3),
  };
}

function sectorReason(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels): PartnerReason | null {
  const shared = need.sector ? [need.sector] : candidate.sectors.filter((code) => seeker.sectors.includes(code)).slice(0, 2);
  if (shared.length === 0 || !shared.every((code) => candidate.sectors.includes(code))) return null;
  const names = shared.map((code) => label(labels.sectors, code));
  return {
    code: 'sector',
    ar: `تعمل في مجال ${names.map((n) => n.ar).join(' و')}`,
    en: `works in ${names.map((n) => n.en).join(' and ')}`,
    points: WEIGHTS.sector,
  };
}

export function scorePartner(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels) {
  const closeness = Math.max(0, 1 - candidate.distanceKm / need.radiusKm);
  const capacity = Math.min(1, Math.log10(candidate.members + 1) / Math.log10(FULL_CAPACITY_MEMBERS + 1));
  const reasons: (PartnerReason | null)[] = [
    {
      code: 'distance',
      ar: `${arNumber.format(candidate.distanceKm)} كم`,
      en: `${enNumber.format(candidate.distanceKm)} km`,
      points: round1(WEIGHTS.distance * closeness),
    },
    resourceReason(seeker, need, candidate, labels),
    sectorReason(seeker, need, candidate, labels),
    {
      code: 'capacity',
      ar: `${arNumber.format(candidate.members)} عضوًا`,
      en: `${enNumber.format(candidate.members)} members`,
      points: round1(WEIGHTS.capacity * capacity),
    },
    candidate.intlCoop
      ? {
          code: 'intl_coop',
          ar: `تعمل تحت مظلة التعاون الدولي${candidate.partners.length ? ` (${candidate.partners.join('، ')})` : ''}`,
          en: `works under international cooperation${candidate.partners.length ? ` (${candidate.partners.join(', ')})` : ''}`,
          points: WEIGHTS.intlCoop,
        }
      : null,
    candidate.linkKind
      ? {
          code: 'linked',
          ar: `مرتبطة بكم بالفعل (${LINK_WORDS[candidate.linkKind]?.ar ?? candidate.linkKind})`,
          en: `already linked with you (${candidate.linkKind})`,
          points: WEIGHTS.linked,
        }
      : null,
  ];
  const kept = reasons.filter((reason): reason is PartnerReason => reason !== null && reason.points > 0);
  const score = round1(kept.reduce((sum, reason) => sum + reason.points, 0));
  return { score, reasons: kept.sort((a, b) => b.points - a.points) };
}
