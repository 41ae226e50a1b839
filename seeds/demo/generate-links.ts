// Links between demo associations: affiliations to central ones, partnerships between neighbours, thematic networks.
import type { DemoAssociation } from './generate-associations';
import type { Rng } from './random';
import type { SectorCode } from './vocabulary';

export type LinkKind = 'affiliation' | 'partnership' | 'network';

export interface LinkRow {
  from: string;
  to: string;
  kind: LinkKind;
  since: string;
  note: string | null;
}

const PARTNERSHIP_NOTES = [
  'تنفيذ قوافل طبية مشتركة',
  'توزيع المساعدات الغذائية في شهر رمضان',
  'برنامج مشترك لمحو الأمية',
  'تبادل استخدام القاعات والمعدات',
  'تدريب مشترك للمتطوعين',
  'تنسيق كفالة الأيتام بين القريتين',
] as const;

const NETWORKS: readonly { sector: SectorCode; noteAr: string }[] = [
  { sector: 'childhood', noteAr: 'شبكة الجمعيات العاملة في مجال الطفولة' },
  { sector: 'women', noteAr: 'شبكة تمكين المرأة الريفية' },
  { sector: 'disability', noteAr: 'شبكة الدمج المجتمعي لذوي الإعاقة' },
  { sector: 'economic_empowerment', noteAr: 'شبكة الإقراض متناهي الصغر' },
];

const PARTNERSHIPS = 30;

export function generateLinks(rng: Rng, associations: readonly DemoAssociation[]): LinkRow[] {
  const rows: LinkRow[] = [];
  const seen = new Set<string>();
  const add = (from: DemoAssociation, to: DemoAssociation, kind: LinkKind, note: string | null) => {
    const key = `${from.registrationNo}>${to.registrationNo}>${kind}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    rows.push({ from: from.registrationNo, to: to.registrationNo, kind, since: since(rng, from, to), note });
  };
  const civil = associations.filter((a) => a.kind === 'civil' && a.status !== 'dissolved');
  // Each central association federates 10–40 civil ones of its governorate, those sharing a sector first.
  for (const central of associations.filter((a) => a.kind === 'central')) {
    const pool = civil.filter((a) => a.village.governorateCode === central.village.governorateCode);
    const wanted = rng.int(10, 40);
    const near = pool.filter((a) => a.sectors.some((s) => central.sectors.includes(s)));
    const members =
      near.length >= wanted
        ? rng.sample(near, wanted)
        : [
            ...near,
            ...rng.sample(
              pool.filter((a) => !near.includes(a)),
              wanted - near.length,
            ),
          ];
    for (const member of members) add(member, central, 'affiliation', null);
  }
  // Documented partnerships between civil associations of the same district.
  for (let i = 0; i < PARTNERSHIPS; i += 1) {
    const first = rng.pick(civil);
    const neighbours = civil.filter((a) => a !== first && a.village.districtCode === first.village.districtCode);
    if (neighbours.length > 0) add(first, rng.pick(neighbours), 'partnership', rng.pick(PARTNERSHIP_NOTES));
  }
  // Thematic networks in Qena: members link to the association that coordinates the network.
  const qena = civil.filter((a) => a.village.governorateCode === 'EG-KN');
  for (const network of NETWORKS) {
    const inSector = qena.filter((a) => a.sectors.includes(network.sector));
    const [hub, ...members] = rng.sample(inSector, rng.int(7, 13));
    if (hub) for (const member of members) add(member, hub, 'network', network.noteAr);
  }
  return rows;
}

/** After both were registered, before the data's "today". */
function since(rng: Rng, from: DemoAssociation, to: DemoAssociation): string {
  const start = from.registeredOn > to.registeredOn ? from.registeredOn : to.registeredOn;
  return rng.date(start < '2005-01-01' ? '2005-01-01' : start, '2026-10-31');
}
