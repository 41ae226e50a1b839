// Sectors (1–4) and resources with quantities for each demo association, following what its name says it does.
import type { DemoAssociation } from './generate-associations';
import type { Rng } from './random';
import { SECTOR_CODES, type ResourceCode, type SectorCode } from './vocabulary';

export interface SectorRow {
  registrationNo: string;
  sector: SectorCode;
}

export interface ResourceRow {
  registrationNo: string;
  resource: ResourceCode;
  quantity: number;
}

/** Adds up to two sectors beyond those the name implies (four at most) and returns one row per pair. */
export function generateSectors(rng: Rng, associations: DemoAssociation[]): SectorRow[] {
  const rows: SectorRow[] = [];
  for (const association of associations) {
    const extra = association.kind === 'central' ? rng.int(1, 2) : rng.weighted([0, 1, 2], (n) => [45, 35, 20][n] ?? 0);
    const others = rng.sample(
      SECTOR_CODES.filter((code) => !association.sectors.includes(code)),
      extra,
    );
    association.sectors = [...association.sectors, ...others].slice(0, 4);
    for (const sector of association.sectors) rows.push({ registrationNo: association.registrationNo, sector });
  }
  return rows;
}

interface ResourceRule {
  resource: ResourceCode;
  /** Chance of having it, for a civil association with none of the boosting sectors. */
  base: number;
  boostedBy: readonly SectorCode[];
  boost: number;
  quantity: (rng: Rng, central: boolean) => number;
}

const one = (): number => 1;

const RULES: readonly ResourceRule[] = [
  { resource: 'hall', base: 0.35, boostedBy: [], boost: 0, quantity: (rng, central) => rng.int(1, central ? 4 : 2) },
  {
    resource: 'computer',
    base: 0.55,
    boostedBy: ['education'],
    boost: 0.2,
    quantity: (rng, central) =>
      Math.round(Math.min(central ? 30 : 15, Math.max(1, rng.logNormal(central ? 8 : 2, 0.7)))),
  },
  {
    resource: 'vehicle',
    base: 0.08,
    boostedBy: ['health', 'relief_charity'],
    boost: 0.05,
    quantity: (rng, central) => rng.int(1, central ? 4 : 2),
  },
  {
    resource: 'nursery',
    base: 0.06,
    boostedBy: ['childhood', 'women'],
    boost: 0.4,
    quantity: (rng) => (rng.chance(0.1) ? 2 : 1),
  },
  { resource: 'dispensary', base: 0.03, boostedBy: ['health'], boost: 0.35, quantity: one },
  {
    resource: 'vocational_workshop',
    base: 0.05,
    boostedBy: ['economic_empowerment', 'women', 'youth_sports'],
    boost: 0.3,
    quantity: (rng) => rng.int(1, 3),
  },
  {
    resource: 'classroom',
    base: 0.08,
    boostedBy: ['education', 'orphans'],
    boost: 0.35,
    quantity: (rng) => rng.int(1, 6),
  },
  { resource: 'library', base: 0.06, boostedBy: ['education', 'youth_sports'], boost: 0.2, quantity: one },
  { resource: 'playground', base: 0.03, boostedBy: ['youth_sports', 'orphans'], boost: 0.3, quantity: one },
];

/** A headquarters, owned or rented (a few have none), then each other resource by its rule. */
export function generateResources(rng: Rng, associations: readonly DemoAssociation[]): ResourceRow[] {
  const rows: ResourceRow[] = [];
  for (const association of associations) {
    const central = association.kind === 'central';
    const add = (resource: ResourceCode, quantity: number) =>
      rows.push({ registrationNo: association.registrationNo, resource, quantity });
    const roll = rng.next();
    if (roll < (central ? 0.8 : 0.4)) add('headquarters_owned', 1);
    else if (roll < 0.95) add('headquarters_rented', 1);
    for (const rule of RULES) {
      const boosted = rule.boostedBy.some((sector) => association.sectors.includes(sector));
      const chance = Math.min(0.95, rule.base + (boosted ? rule.boost : 0) + (central ? 0.3 : 0));
      if (rng.chance(chance)) add(rule.resource, rule.quantity(rng, central));
    }
  }
  return rows;
}
