// A handful of documented success stories, each on a Qena association that has the resource the story is about.
import type { DemoAssociation } from './generate-associations';
import type { ResourceRow } from './generate-details';
import { cycle, type Rng } from './random';
import type { ResourceCode } from './vocabulary';

export interface StoryRow {
  registrationNo: string;
  titleAr: string;
  titleEn: string;
  bodyAr: string;
  bodyEn: string;
  happenedOn: string;
}

interface Template {
  resource: ResourceCode;
  titleAr: (place: string) => string;
  titleEn: (place: string) => string;
  bodyAr: (place: string, n: number) => string;
  bodyEn: (place: string, n: number) => string;
  range: [number, number];
}

const TEMPLATES: readonly Template[] = [
  {
    resource: 'nursery',
    range: [40, 90],
    titleAr: (p) => `افتتاح حضانة نموذجية في ${p}`,
    titleEn: (p) => `A model nursery opens in ${p}`,
    bodyAr: (p, n) =>
      `جهزت الجمعية حضانة تستقبل ${ar(n)} طفلًا من أبناء الأمهات العاملات في ${p}، ودربت مشرفاتها على برامج ` +
      `الطفولة المبكرة، فأصبح بإمكان الأمهات الالتحاق بالعمل والتدريب.`,
    bodyEn: (p, n) =>
      `The association fitted out a nursery for ${n} children of working mothers in ${p} and trained its ` +
      `carers in early-childhood programmes, so that mothers can take up work and training.`,
  },
  {
    resource: 'dispensary',
    range: [600, 2400],
    titleAr: (p) => `مستوصف الجمعية يخدم أهالي ${p}`,
    titleEn: (p) => `The association's dispensary serves ${p}`,
    bodyAr: (p, n) =>
      `يستقبل المستوصف نحو ${ar(n)} حالة شهريًا من ${p} والقرى المجاورة بأسعار رمزية، مع عيادة أسبوعية لصحة ` +
      `الأم والطفل وقوافل طبية دورية.`,
    bodyEn: (p, n) =>
      `The dispensary sees about ${n} patients a month from ${p} and nearby villages at nominal fees, with a ` +
      `weekly mother-and-child clinic and regular medical convoys.`,
  },
  {
    resource: 'vocational_workshop',
    range: [25, 120],
    titleAr: (p) => `ورشة الخياطة تفتح باب الرزق لسيدات ${p}`,
    titleEn: (p) => `A sewing workshop brings income to women in ${p}`,
    bodyAr: (p, n) =>
      `تدربت ${ar(n)} سيدة من ${p} على الخياطة والتفصيل في ورشة الجمعية، وبدأت كثيرات منهن مشروعات منزلية ` +
      `صغيرة تسوق منتجاتها في معارض المحافظة.`,
    bodyEn: (p, n) =>
      `${n} women from ${p} learned sewing and tailoring in the association's workshop; many have since ` +
      `started small home businesses selling at the governorate's fairs.`,
  },
  {
    resource: 'vocational_workshop',
    range: [30, 200],
    titleAr: (p) => `برنامج قروض صغيرة لأصحاب الحرف في ${p}`,
    titleEn: (p) => `Microcredit for craftspeople in ${p}`,
    bodyAr: (p, n) =>
      `قدمت الجمعية قروضًا متناهية الصغر لـ${ar(n)} من أصحاب الحرف والأسر المنتجة في ${p} بعد تدريبهم في ` +
      `ورشتها، وبلغت نسبة السداد أكثر من ٩٥٪.`,
    bodyEn: (p, n) =>
      `The association lent small sums to ${n} craftspeople and productive families in ${p} after training ` +
      `them in its workshop; more than 95% of the loans were repaid.`,
  },
  {
    resource: 'classroom',
    range: [30, 150],
    titleAr: (p) => `فصول محو الأمية تخرّج دفعة جديدة في ${p}`,
    titleEn: (p) => `Literacy classes graduate a new group in ${p}`,
    bodyAr: (p, n) =>
      `اجتاز ${ar(n)} دارسًا ودارسة من ${p} امتحان محو الأمية بعد الدراسة في فصول الجمعية المسائية بالتعاون ` +
      `مع هيئة تعليم الكبار.`,
    bodyEn: (p, n) =>
      `${n} learners from ${p} passed the literacy examination after evening classes at the association, run ` +
      `with the Adult Education Authority.`,
  },
  {
    resource: 'computer',
    range: [40, 160],
    titleAr: (p) => `معمل الحاسب الآلي يدرّب شباب ${p}`,
    titleEn: (p) => `The computer lab trains young people in ${p}`,
    bodyAr: (p, n) =>
      `أنهى ${ar(n)} شابًا وفتاة من ${p} دورات في المهارات الرقمية في معمل الجمعية، وحصل عدد منهم على فرص عمل عن بعد.`,
    bodyEn: (p, n) =>
      `${n} young men and women from ${p} completed digital-skills courses in the association's lab; several ` +
      `have found remote work.`,
  },
  {
    resource: 'vehicle',
    range: [15, 60],
    titleAr: (p) => `سيارة الجمعية تنقل مرضى الغسيل الكلوي من ${p}`,
    titleEn: (p) => `The association's vehicle takes dialysis patients from ${p}`,
    bodyAr: (p, n) => `تنقل سيارة الجمعية ${ar(n)} مريضًا من ${p} إلى وحدة الغسيل الكلوي ثلاث مرات أسبوعيًا دون مقابل.`,
    bodyEn: (p, n) =>
      `The association's vehicle takes ${n} patients from ${p} to the dialysis unit three times a week, free ` +
      `of charge.`,
  },
  {
    resource: 'library',
    range: [100, 400],
    titleAr: (p) => `مكتبة الجمعية تستقبل طلاب ${p}`,
    titleEn: (p) => `The association's library welcomes students in ${p}`,
    bodyAr: (p, n) =>
      `يتردد على مكتبة الجمعية نحو ${ar(n)} طالب وطالبة من ${p} شهريًا للمذاكرة والقراءة، مع مسابقات صيفية للقراءة.`,
    bodyEn: (p, n) =>
      `About ${n} students from ${p} use the association's library every month to study and read, with ` +
      `reading contests in the summer.`,
  },
];

const STORIES = 14;

export function generateStories(
  rng: Rng,
  associations: readonly DemoAssociation[],
  resources: readonly ResourceRow[],
): StoryRow[] {
  const has = new Set(resources.map((r) => `${r.registrationNo}:${r.resource}`));
  const eligible = associations.filter((a) => a.village.governorateCode === 'EG-KN' && a.status === 'active');
  const used = new Set<string>();
  const rows: StoryRow[] = [];
  for (let i = 0; rows.length < STORIES && i < STORIES * 3; i += 1) {
    const template = cycle(TEMPLATES, i);
    const candidates = eligible.filter(
      (a) => !used.has(a.registrationNo) && has.has(`${a.registrationNo}:${template.resource}`),
    );
    if (candidates.length === 0) continue;
    const association = rng.pick(candidates);
    used.add(association.registrationNo);
    const n = rng.int(...template.range);
    const placeEn = association.village.nameEn ?? association.village.nameAr;
    rows.push({
      registrationNo: association.registrationNo,
      titleAr: template.titleAr(association.village.nameAr),
      titleEn: template.titleEn(placeEn),
      bodyAr: template.bodyAr(association.village.nameAr, n),
      bodyEn: template.bodyEn(placeEn, n),
      happenedOn: rng.date(
        association.registeredOn > '2018-01-01' ? association.registeredOn : '2018-01-01',
        '2026-10-31',
      ),
    });
  }
  return rows;
}

/** Arabic-Indic digits, as Arabic text writes numbers. */
function ar(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)] ?? d);
}
