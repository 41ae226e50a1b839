// The partner score's weights (points out of 100 for distance, complementary resources, sector, capacity,
// international-cooperation experience and existing links) and each reason's words in Arabic and English.
// The points themselves are counted in SQL (RANKED_PARTNERS), where the whole pool is ranked.
import type { PartnerReason } from '../../../../contracts/partners';
import { codesOf } from '../../lib/facets';

export const WEIGHTS = { distance: 30, resources: 25, sector: 20, capacity: 15, intlCoop: 5, linked: 5 } as const;

/** Members at which capacity earns its full points (on a log scale). */
export const FULL_CAPACITY_MEMBERS = 1000;

/** What the wording needs of the need: the sector and resource asked for, if any. */
export interface PartnerNeed {
  sector?: string;
  resource?: { code: string };
}

/** A ranked partner as RANKED_PARTNERS reads it: the points of each reason and the facts their words need. */
export interface RankedPartner {
  distanceKm: number;
  members: number;
  /** Facets of the resources the seeker lacks and the partner has, and of the sectors both work in. */
  lacking: string[];
  shared: string[];
  linkKind: string | null;
  partners: string[];
  resources: Record<string, number>;
  points: Record<keyof typeof WEIGHTS, number>;
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
const label = (labels: Map<string, Label>, code: string): Label => labels.get(code) ?? { ar: code, en: code };
const LINK_WORDS: Record<string, Label> = {
  affiliation: { ar: 'انتساب', en: 'affiliation' },
  partnership: { ar: 'شراكة', en: 'partnership' },
  network: { ar: 'شبكة', en: 'network' },
};

function resourceWords(
  need: PartnerNeed,
  partner: RankedPartner,
  labels: Labels,
): Pick<PartnerReason, 'code' | 'ar' | 'en'> {
  if (need.resource) {
    const { ar, en } = label(labels.resources, need.resource.code);
    const quantity = partner.resources[need.resource.code] ?? 0;
    return { code: 'has_resource', ar: `لديها ${ar} (${arNumber.format(quantity)})`, en: `has ${en} (${quantity})` };
  }
  const names = codesOf(partner.lacking, 'resource').map((code) => label(labels.resources, code));
  return {
    code: 'complements',
    ar: `لديها ما ينقصكم: ${names.map((n) => n.ar).join('، ')}`,
    en: `has what you lack: ${names.map((n) => n.en).join(', ')}`,
  };
}

function sectorWords(need: PartnerNeed, partner: RankedPartner, labels: Labels): Label {
  const names = (need.sector ? [need.sector] : codesOf(partner.shared, 'sector')).map((code) =>
    label(labels.sectors, code),
  );
  return {
    ar: `تعمل في مجال ${names.map((n) => n.ar).join(' و')}`,
    en: `works in ${names.map((n) => n.en).join(' and ')}`,
  };
}

/** The reasons that earned points, worded, most points first. */
export function wordReasons(need: PartnerNeed, partner: RankedPartner, labels: Labels): PartnerReason[] {
  const { points, partners, linkKind } = partner;
  const reasons: PartnerReason[] = [
    {
      code: 'distance',
      ar: `${arNumber.format(partner.distanceKm)} كم`,
      en: `${enNumber.format(partner.distanceKm)} km`,
      points: points.distance,
    },
    { ...resourceWords(need, partner, labels), points: points.resources },
    { code: 'sector', ...sectorWords(need, partner, labels), points: points.sector },
    {
      code: 'capacity',
      ar: `${arNumber.format(partner.members)} عضوًا`,
      en: `${enNumber.format(partner.members)} members`,
      points: points.capacity,
    },
    {
      code: 'intl_coop',
      ar: `تعمل تحت مظلة التعاون الدولي${partners.length ? ` (${partners.join('، ')})` : ''}`,
      en: `works under international cooperation${partners.length ? ` (${partners.join(', ')})` : ''}`,
      points: points.intlCoop,
    },
    {
      code: 'linked',
      ar: `مرتبطة بكم بالفعل (${LINK_WORDS[linkKind ?? '']?.ar ?? linkKind})`,
      en: `already linked with you (${linkKind})`,
      points: points.linked,
    },
  ];
  return reasons.filter((reason) => reason.points > 0).sort((a, b) => b.points - a.points);
}
