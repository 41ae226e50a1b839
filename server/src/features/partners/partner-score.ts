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

/** A reason's points, and its words only when asked: the whole pool is ranked, only the partners returned are worded. */
interface Assessed {
  code: PartnerReason['code'];
  points: number;
  words: () => Label;
}

function resourceReason(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels): Assessed | null {
  const { resource } = need;
  if (resource) {
    const words = () => {
      const { ar, en } = label(labels.resources, resource.code);
      const quantity = candidate.resources[resource.code] ?? 0;
      return { ar: `لديها ${ar} (${arNumber.format(quantity)})`, en: `has ${en} (${quantity})` };
    };
    return { code: 'has_resource', points: WEIGHTS.resources, words };
  }
  const lacking = Object.keys(candidate.resources).filter((code) => (seeker.resources[code] ?? 0) === 0).slice(0, 3);
  if (lacking.length === 0) return null;
  const words = () => {
    const names = lacking.map((code) => label(labels.resources, code));
    return { ar: `لديها ما ينقصكم: ${names.map((n) => n.ar).join('، ')}`, en: `has what you lack: ${names.map((n) => n.en).join(', ')}` };
  };
  return { code: 'complements', points: round1((WEIGHTS.resources * lacking.length) / 3), words };
}

function sectorReason(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels): Assessed | null {
  const shared = need.sector ? [need.sector] : candidate.sectors.filter((code) => seeker.sectors.includes(code)).slice(0, 2);
  if (shared.length === 0 || !shared.every((code) => candidate.sectors.includes(code))) return null;
  const words = () => {
    const names = shared.map((code) => label(labels.sectors, code));
    return { ar: `تعمل في مجال ${names.map((n) => n.ar).join(' و')}`, en: `works in ${names.map((n) => n.en).join(' and ')}` };
  };
  return { code: 'sector', points: WEIGHTS.sector, words };
}

function assess(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels): Assessed[] {
  const closeness = Math.max(0, 1 - candidate.distanceKm / need.radiusKm);
  const capacity = Math.min(1, Math.log10(candidate.members + 1) / Math.log10(FULL_CAPACITY_MEMBERS + 1));
  const { partners, linkKind } = candidate;
  const reasons: (Assessed | null)[] = [
    {
      code: 'distance',
      points: round1(WEIGHTS.distance * closeness),
      words: () => ({ ar: `${arNumber.format(candidate.distanceKm)} كم`, en: `${enNumber.format(candidate.distanceKm)} km` }),
    },
    resourceReason(seeker, need, candidate, labels),
    sectorReason(seeker, need, candidate, labels),
    {
      code: 'capacity',
      points: round1(WEIGHTS.capacity * capacity),
      words: () => ({ ar: `${arNumber.format(candidate.members)} عضوًا`, en: `${enNumber.format(candidate.members)} members` }),
    },
    candidate.intlCoop
      ? {
          code: 'intl_coop',
          points: WEIGHTS.intlCoop,
          words: () => ({
            ar: `تعمل تحت مظلة التعاون الدولي${partners.length ? ` (${partners.join('، ')})` : ''}`,
            en: `works under international cooperation${partners.length ? ` (${partners.join(', ')})` : ''}`,
          }),
        }
      : null,
    linkKind
      ? {
          code: 'linked',
          points: WEIGHTS.linked,
          words: () => ({ ar: `مرتبطة بكم بالفعل (${LINK_WORDS[linkKind]?.ar ?? linkKind})`, en: `already linked with you (${linkKind})` }),
        }
      : null,
  ];
  return reasons.filter((reason): reason is Assessed => reason !== null && reason.points > 0);
}

const total = (reasons: Assessed[]) => round1(reasons.reduce((sum, reason) => sum + reason.points, 0));

/** The score alone, without wording a reason: for ranking every candidate of the pool. */
export function partnerScore(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels): number {
  return total(assess(seeker, need, candidate, labels));
}

/** The score and its reasons in Arabic and English, most points first. */
export function scorePartner(seeker: SeekerProfile, need: PartnerNeed, candidate: Candidate, labels: Labels) {
  const reasons = assess(seeker, need, candidate, labels);
  const worded: PartnerReason[] = reasons.map(({ code, points, words }) => ({ code, ...words(), points }));
  return { score: total(reasons), reasons: worded.sort((a, b) => b.points - a.points) };
}
