// International-cooperation programmes for about one association in six: real partners, donors, Arabic names.
import type { DemoAssociation } from './generate-associations';
import type { Rng } from './random';
import type { SectorCode } from './vocabulary';

export type ProgrammeStatus = 'planned' | 'active' | 'completed';

export interface ProgrammeRow {
  registrationNo: string;
  partner: string;
  donorCountry: string;
  name: string;
  sector: SectorCode;
  startsOn: string;
  endsOn: string;
  budget: number;
  status: ProgrammeStatus;
}

const PARTNERS: readonly { partner: string; donors: readonly string[] }[] = [
  { partner: 'UNDP', donors: ['Japan', 'European Union', 'Sweden'] },
  { partner: 'UNICEF', donors: ['European Union', 'Japan', 'Sweden'] },
  { partner: 'GIZ', donors: ['Germany'] },
  { partner: 'European Union', donors: ['European Union'] },
  { partner: 'JICA', donors: ['Japan'] },
  { partner: 'WFP', donors: ['Germany', 'USA', 'European Union'] },
  { partner: 'USAID', donors: ['USA'] },
  { partner: 'UN Women', donors: ['Norway', 'Netherlands', 'Sweden'] },
  { partner: 'ILO', donors: ['Netherlands', 'Canada'] },
  { partner: 'UNFPA', donors: ['Denmark', 'European Union'] },
  { partner: 'FAO', donors: ['Italy', 'European Union'] },
  { partner: 'Plan International', donors: ['Germany', 'Norway'] },
  { partner: 'CARE International', donors: ['USA', 'Austria'] },
  { partner: 'Save the Children', donors: ['United Kingdom', 'Sweden'] },
  { partner: 'KfW', donors: ['Germany'] },
  { partner: 'AFD', donors: ['France'] },
  { partner: 'Swiss Agency for Development and Cooperation', donors: ['Switzerland'] },
];

const NAMES: Readonly<Record<SectorCode, readonly string[]>> = {
  orphans: ['مشروع دعم الأسر البديلة وكفالة الأيتام', 'برنامج الحماية الاجتماعية للأطفال فاقدي الرعاية'],
  disability: ['مشروع الدمج المجتمعي للأشخاص ذوي الإعاقة', 'برنامج التأهيل المرتكز على المجتمع'],
  elderly: ['برنامج الرعاية المنزلية لكبار السن', 'مبادرة نوادي المسنين الريفية'],
  women: ['برنامج التمكين الاقتصادي للمرأة الريفية', 'مشروع المرأة الريفية الرائدة', 'مبادرة مناهضة العنف ضد المرأة'],
  childhood: ['مشروع حماية الطفل في صعيد مصر', 'مبادرة تنمية الطفولة المبكرة', 'برنامج الألف يوم الذهبية لصحة الطفل'],
  health: [
    'برنامج صحة الأم والطفل',
    'مشروع القوافل الطبية للقرى الأكثر احتياجًا',
    'مبادرة تنظيم الأسرة والصحة الإنجابية',
  ],
  education: ['مبادرة محو الأمية للكبار', 'مشروع الفصول المجتمعية للفتيات', 'برنامج المهارات الرقمية للشباب'],
  economic_empowerment: [
    'برنامج القروض متناهية الصغر',
    'مشروع دعم المشروعات الصغيرة للأسر',
    'برنامج التدريب المهني والتشغيل',
  ],
  environment: ['مشروع إدارة المخلفات الصلبة بالقرى', 'مبادرة الزراعة الذكية مناخيًا', 'مشروع ترشيد استخدام مياه الري'],
  youth_sports: ['برنامج توظيف الشباب', 'مبادرة الشباب قادة التغيير في الصعيد'],
  relief_charity: ['برنامج الأمن الغذائي للأسر الأولى بالرعاية', 'مشروع دعم الأسر الأكثر احتياجًا'],
  rural_development: [
    'مشروع تحسين سبل العيش الريفية',
    'برنامج مياه الشرب والصرف الصحي القروي',
    'برنامج تنمية القرى الأكثر احتياجًا',
  ],
};

/** Share of associations that have ever had a programme; most of them have one running now. */
const CIVIL_SHARE = 0.17;
const CENTRAL_SHARE = 0.6;

export function generateProgrammes(rng: Rng, associations: readonly DemoAssociation[]): ProgrammeRow[] {
  const rows: ProgrammeRow[] = [];
  for (const association of associations) {
    if (association.status === 'dissolved') continue;
    if (!rng.chance(association.kind === 'central' ? CENTRAL_SHARE : CIVIL_SHARE)) continue;
    const count = rng.weighted([1, 2, 3], (n) => [70, 22, 8][n - 1] ?? 0);
    for (let i = 0; i < count; i += 1) {
      // The first programme is usually running; later ones are mostly finished.
      const status: ProgrammeStatus =
        i === 0 ? (rng.chance(0.82) ? 'active' : 'completed') : rng.chance(0.85) ? 'completed' : 'planned';
      rows.push(programme(rng, association, status));
    }
  }
  return rows;
}

/**
 * Periods relative to the data's "today" (November 2026), so that the status agrees with the dates, and never
 * before the association was registered (a young association's "completed" programme becomes an active one).
 */
function period(
  rng: Rng,
  wanted: ProgrammeStatus,
  registeredOn: string,
): { status: ProgrammeStatus; startsOn: string; endsOn: string } {
  const status = wanted === 'completed' && registeredOn > '2021-12-31' ? 'active' : wanted;
  if (status === 'active') {
    return {
      status,
      startsOn: rng.date(later('2023-01-01', registeredOn), '2026-09-30'),
      endsOn: rng.date('2026-12-31', '2029-06-30'),
    };
  }
  const startsOn =
    status === 'completed'
      ? rng.date(later('2012-01-01', registeredOn), '2022-06-30')
      : rng.date('2027-01-01', '2027-09-30');
  const ends = new Date(`${startsOn}T00:00:00Z`);
  ends.setUTCMonth(ends.getUTCMonth() + rng.int(12, 36));
  return { status, startsOn, endsOn: ends.toISOString().slice(0, 10) };
}

const later = (a: string, b: string): string => (a > b ? a : b);

function programme(rng: Rng, association: DemoAssociation, wanted: ProgrammeStatus): ProgrammeRow {
  const { partner, donors } = rng.pick(PARTNERS);
  const sector = rng.pick(association.sectors);
  const { status, startsOn, endsOn } = period(rng, wanted, association.registeredOn);
  return {
    registrationNo: association.registrationNo,
    partner,
    donorCountry: rng.pick(donors),
    name: rng.pick(NAMES[sector]),
    sector,
    startsOn,
    endsOn,
    budget: Math.round(rng.logNormal(association.kind === 'central' ? 4_000_000 : 900_000, 0.7) / 1000) * 1000,
    status,
  };
}
