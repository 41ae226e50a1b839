// Finding partners: locate the seeker, fetch the nearest candidates that meet every need, score and rank them,
// then read the best in full.
import type { Db } from '../../db';
import type { PartnersQuery, PartnersReply } from '../../../../contracts/partners';
import { HttpProblem } from '../../http/http-problem';
import { partnerScore, scorePartner, WEIGHTS, type Candidate, type Labels, type SeekerProfile } from './partner-score';
import { radiusInDegrees } from '../../lib/radius-degrees';
import { codesOf, facetsOf } from '../../lib/facets';
import { CANDIDATES, PARTNER_DETAILS, SEEKER_ASSOCIATION, SEEKER_VILLAGE } from './partners.sql';

/** How many of the nearest qualifying associations are scored; the best `limit` of them are returned. */
const CANDIDATE_POOL = 300;

export async function findPartners(db: Db, query: PartnersQuery): Promise<PartnersReply> {
  const seeker = await locateSeeker(db, query);
  const [candidates, labels] = await Promise.all([findCandidates(db, query, seeker), loadLabels(db)]);
  const need = { sector: query.sector, resource: query.resource, radiusKm: query.radiusKm };
  // Points depend on codes, not on quantities or partner names: the pool is ranked from its rows alone, and only
  // the partners returned are read whole and given their reasons in full.
  const best = candidates
    .map((candidate) => ({ candidate, score: partnerScore(seeker.profile, need, candidate, labels) }))
    .sort((a, b) => b.score - a.score || a.candidate.distanceKm - b.candidate.distanceKm)
    .slice(0, query.limit);
  const details = await loadDetails(db, best.map(({ candidate }) => candidate.id));
  const results = best.flatMap(({ candidate }) => {
    const detail = details.get(candidate.id);
    if (!detail) return [];
    const { resources, partners, ...names } = detail;
    const whole = { ...candidate, resources, partners };
    const association = { ...names, members: candidate.members, intlCoop: candidate.intlCoop, sectors: candidate.sectors, resources };
    return [{ association, distanceKm: candidate.distanceKm, ...scorePartner(seeker.profile, need, whole, labels) }];
  });
  return { seeker: seeker.reply, weights: { ...WEIGHTS }, results };
}

interface Seeker {
  id: number | null;
  lon: number;
  lat: number;
  profile: SeekerProfile;
  reply: PartnersReply['seeker'];
}

type SeekerRow = { id: number; nameAr: string | null; nameEn: string | null; lon: number; lat: number };

async function locateSeeker(db: Db, query: PartnersQuery): Promise<Seeker> {
  const build = (kind: 'association' | 'village' | 'point', row: SeekerRow, profile: SeekerProfile): Seeker => ({
    id: kind === 'association' ? row.id : null,
    lon: row.lon,
    lat: row.lat,
    profile,
    reply: {
      kind,
      id: kind === 'point' ? null : row.id,
      nameAr: row.nameAr,
      nameEn: row.nameEn,
      location: { type: 'Point', coordinates: [row.lon, row.lat] },
    },
  });
  const empty: SeekerProfile = { sectors: [], resources: {} };
  if (query.association !== undefined) {
    const { rows } = await db.raw<{ rows: (SeekerRow & SeekerProfile)[] }>(SEEKER_ASSOCIATION, [query.association]);
    const row = rows[0];
    if (!row) throw new HttpProblem('notFound', `No association has id ${query.association}`);
    return build('association', row, { sectors: row.sectors, resources: row.resources });
  }
  if (query.village !== undefined) {
    const { rows } = await db.raw<{ rows: SeekerRow[] }>(SEEKER_VILLAGE, [query.village]);
    const row = rows[0];
    if (!row) throw new HttpProblem('notFound', `No village has id ${query.village}`);
    return build('village', row, empty);
  }
  return build('point', { id: 0, nameAr: null, nameEn: null, lon: query.lon ?? 0, lat: query.lat ?? 0 }, empty);
}

type CandidateRow = Omit<Candidate, 'sectors' | 'resources' | 'partners'> & { id: number; facets: string[] };
type Association = PartnersReply['results'][number]['association'];
type Detail = Pick<Association, 'id' | 'registrationNo' | 'nameAr' | 'nameEn' | 'kind' | 'district' | 'location' | 'resources'> & { partners: string[] };

async function findCandidates(db: Db, query: PartnersQuery, seeker: Seeker) {
  const { rows } = await db.raw<{ rows: CandidateRow[] }>(CANDIDATES, {
    lon: seeker.lon,
    lat: seeker.lat,
    degrees: radiusInDegrees(query.radiusKm, seeker.lat),
    meters: query.radiusKm * 1000,
    seekerId: seeker.id,
    facets: facetsOf(query),
    resource: query.resource?.code ?? null,
    minQuantity: query.resource?.minQuantity ?? 1,
    minMembers: query.minMembers ?? 0,
    intlCoop: query.intlCoop ?? null,
    candidates: CANDIDATE_POOL,
  });
  // Quantities are not known yet (1 stands for "has it"); partner names only matter to the reasons' wording.
  return rows.map((row) => ({
    id: row.id,
    members: row.members,
    intlCoop: row.intlCoop,
    linkKind: row.linkKind,
    distanceKm: Number(row.distanceKm),
    sectors: codesOf(row.facets, 'sector'),
    resources: Object.fromEntries(codesOf(row.facets, 'resource').map((code) => [code, 1])),
    partners: [],
  }));
}

async function loadDetails(db: Db, ids: number[]): Promise<Map<number, Detail>> {
  const { rows } = await db.raw<{ rows: Detail[] }>(PARTNER_DETAILS, [ids]);
  return new Map(rows.map((row) => [row.id, row]));
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

async function readLabels(db: Db): Promise<Labels> {
  const [sectors, resources] = await Promise.all([
    db('sectors').select('code', 'label_ar as ar', 'label_en as en'),
    db('resource_types').select('code', 'label_ar as ar', 'label_en as en'),
  ]);
  const toMap = (rows: { code: string; ar: string; en: string }[]) => new Map(rows.map(({ code, ar, en }) => [code, { ar, en }]));
  return { sectors: toMap(sectors), resources: toMap(resources) };
}
