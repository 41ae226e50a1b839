// Finding partners: locate the seeker, rank the nearest candidates that meet every need in one statement, and
// word the reasons of the best.
import type { Db } from '../../db';
import type { PartnersQuery, PartnersReply } from '../../../../contracts/partners';
import { HttpProblem } from '../../http/http-problem';
import { FULL_CAPACITY_MEMBERS, WEIGHTS, wordReasons, type Labels, type RankedPartner } from './partner-reasons';
import { radiusInDegrees } from '../../lib/radius-degrees';
import { codesOf, facetsOf } from '../../lib/facets';
import { RANKED_PARTNERS, SEEKER_ASSOCIATION, SEEKER_VILLAGE } from './partners.sql';

/** How many of the nearest qualifying associations are ranked; the best `limit` of them are returned. */
const CANDIDATE_POOL = 300;

type Association = PartnersReply['results'][number]['association'];
type PartnerRow = RankedPartner &
  Pick<Association, 'id' | 'registrationNo' | 'nameAr' | 'nameEn' | 'kind' | 'district' | 'location' | 'intlCoop'> & {
    facets: string[];
    score: number;
  };

export async function findPartners(db: Db, query: PartnersQuery): Promise<PartnersReply> {
  const seeker = await locateSeeker(db, query);
  const [{ rows }, labels] = await Promise.all([
    db.raw<{ rows: PartnerRow[] }>(RANKED_PARTNERS, {
      lon: seeker.lon,
      lat: seeker.lat,
      degrees: radiusInDegrees(query.radiusKm, seeker.lat),
      meters: query.radiusKm * 1000,
      radiusKm: query.radiusKm,
      seekerId: seeker.id,
      facets: facetsOf(query),
      sector: query.sector ?? null,
      resource: query.resource?.code ?? null,
      minQuantity: query.resource?.minQuantity ?? 1,
      minMembers: query.minMembers ?? 0,
      intlCoop: query.intlCoop ?? null,
      candidates: CANDIDATE_POOL,
      limit: query.limit,
      fullCapacityMembers: FULL_CAPACITY_MEMBERS,
      wDistance: WEIGHTS.distance,
      wResources: WEIGHTS.resources,
      wSector: WEIGHTS.sector,
      wCapacity: WEIGHTS.capacity,
      wIntlCoop: WEIGHTS.intlCoop,
      wLinked: WEIGHTS.linked,
    }),
    loadLabels(db),
  ]);
  const results = rows.map((row) => {
    const { id, registrationNo, nameAr, nameEn, kind, district, location, members, intlCoop, resources } = row;
    const sectors = codesOf(row.facets, 'sector');
    const association = {
      id,
      registrationNo,
      nameAr,
      nameEn,
      kind,
      district,
      location,
      members,
      intlCoop,
      sectors,
      resources,
    };
    return { association, distanceKm: row.distanceKm, score: row.score, reasons: wordReasons(query, row, labels) };
  });
  return { seeker: seeker.reply, weights: { ...WEIGHTS }, results };
}

interface Seeker {
  id: number | null;
  lon: number;
  lat: number;
  reply: PartnersReply['seeker'];
}

type SeekerRow = { id: number; nameAr: string | null; nameEn: string | null; lon: number; lat: number };

async function locateSeeker(db: Db, query: PartnersQuery): Promise<Seeker> {
  const build = (kind: 'association' | 'village' | 'point', row: SeekerRow): Seeker => ({
    id: kind === 'association' ? row.id : null,
    lon: row.lon,
    lat: row.lat,
    reply: {
      kind,
      id: kind === 'point' ? null : row.id,
      nameAr: row.nameAr,
      nameEn: row.nameEn,
      location: { type: 'Point', coordinates: [row.lon, row.lat] },
    },
  });
  if (query.association !== undefined) {
    const { rows } = await db.raw<{ rows: SeekerRow[] }>(SEEKER_ASSOCIATION, [query.association]);
    const row = rows[0];
    if (!row) throw new HttpProblem('notFound', `No association has id ${query.association}`);
    return build('association', row);
  }
  if (query.village !== undefined) {
    const { rows } = await db.raw<{ rows: SeekerRow[] }>(SEEKER_VILLAGE, [query.village]);
    const row = rows[0];
    if (!row) throw new HttpProblem('notFound', `No village has id ${query.village}`);
    return build('village', row);
  }
  return build('point', { id: 0, nameAr: null, nameEn: null, lon: query.lon ?? 0, lat: query.lat ?? 0 });
}

/** The vocabularies only change with a migration: read once per pool, not on every partner query. */
const labelsByPool = new WeakMap<Db, Promise<Labels>>();

function loadLabels(db: Db): Promise<Labels> {
  let labels = labelsByPool.get(db);
  if (!labels) {
    labels = readLabels(db);
    labelsByPool.set(db, labels);
    labels.catch(() => labelsByPool.delete(db));
  }
  return labels;
}

interface LabelRow {
  code: string;
  ar: string;
  en: string;
}

async function readLabels(db: Db): Promise<Labels> {
  const [sectors, resources] = await Promise.all([
    db('sectors').select<LabelRow[]>('code', 'label_ar as ar', 'label_en as en'),
    db('resource_types').select<LabelRow[]>('code', 'label_ar as ar', 'label_en as en'),
  ]);
  const toMap = (rows: LabelRow[]) => new Map(rows.map(({ code, ar, en }) => [code, { ar, en }]));
  return { sectors: toMap(sectors), resources: toMap(resources) };
}
