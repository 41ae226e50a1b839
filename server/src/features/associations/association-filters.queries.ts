// Turns the shared association filters into WHERE clauses on `associations AS a` (deleted ones never match);
// used by list, stats, links, exports, OGC items and tiles. A text query is first resolved into the known words
// each typed word stands for (resolveAssociationFilters), so the planner sees which words it is filtering on.
import type { Knex } from 'knex';
import type { AssociationFilters } from '../../../../contracts/association-filters';
import type { Db } from '../../db';
import { HttpProblem, refusedField } from '../../http/http-problem';
import { facet } from '../../lib/facets';
import { HOLDS_ANY_WORD, WORD_CORRECTIONS } from '../search/search.sql';

/**
 * The filters with `q` resolved: for each typed word, every known word it stands for (as typed or a close typo).
 * `q` itself is refused, so unresolved filters cannot be applied by mistake and lose their text query.
 */
export type ResolvedAssociationFilters = Omit<AssociationFilters, 'q'> & { q?: never; qWords?: string[][] };

/**
 * A short list is shown to the planner, which then knows how many rows hold it («جمعية» nearly all: the list walks
 * the ids and stops at a page, 3 ms instead of 1.9 s at a million associations). A longer one (a number inside
 * hundreds of registration numbers) is estimated far too high, and checking each row against hundreds of words
 * took 13 s: its rows are read once through the words index (the list itself hidden, `(SELECT …)`, so the planner
 * does not expect most rows) and each row is looked up in their hashed ids (`IS TRUE` keeps it a hashed sub-plan
 * rather than a join the planner might repeat per row).
 */
const PLANNED_WORDS = 100;
const HOLDS_ONE_OF_MANY = `(a.id IN (SELECT h.id FROM associations h
                             WHERE string_to_array(h.search_text, ' ') && (SELECT ?::text[]))) IS TRUE`;

/**
 * A typed word standing for more known words than this says too little to filter on: «20» is inside 98,802
 * registration numbers at a million associations, and reading them all from the words index took over a minute.
 */
const MAX_WORDS_PER_TYPED_WORD = 1000;

/** Resolves `q` (one query for all its words); a 400 when a word is too unspecific to filter on. */
export async function resolveAssociationFilters(
  db: Db,
  filters: AssociationFilters,
  wordsOf: (q: string) => Promise<string[][]> = (q) => resolveTextQuery(db, q),
): Promise<ResolvedAssociationFilters> {
  const { q, ...rest } = filters;
  if (q === undefined) return rest;
  return { ...rest, qWords: await wordsOf(q) };
}

/** For each typed word of `q`, every known word it stands for; a 400 when one is too unspecific to filter on. */
export async function resolveTextQuery(db: Db, q: string): Promise<string[][]> {
  const words = searchWords(q);
  const { rows } = await db.raw<{ rows: { words: string[] }[] }>(WORD_CORRECTIONS, [
    MAX_WORDS_PER_TYPED_WORD + 1,
    words,
    words.map(escapeLike),
  ]);
  const vague = words.find((_, k) => (rows[k]?.words.length ?? 0) > MAX_WORDS_PER_TYPED_WORD);
  if (vague !== undefined) {
    const detail = `«${vague}» is part of more than ${MAX_WORDS_PER_TYPED_WORD} different words; type more of it`;
    throw new HttpProblem(
      'badRequest',
      `q: ${detail}`,
      [refusedField('q', 'too_vague', detail, { word: vague, maximum: MAX_WORDS_PER_TYPED_WORD })],
      {
        code: 'invalid_parameter',
      },
    );
  }
  return rows.map((row) => row.words);
}

/**
 * The filters that tables precomputed per place, kind, status and cooperation (the tile grid, the stats cells) keep
 * apart in columns of those names, so applyAssociationFilters applies to them unchanged.
 */
const PRECOMPUTED_FILTERS: ReadonlySet<string> = new Set<keyof AssociationFilters>([
  'governorate',
  'district',
  'kind',
  'status',
  'intlCoop',
]);

/** Whether such a table can answer the filters: none is set but those it has columns for. */
export const answerableByPrecomputed = (filters: ResolvedAssociationFilters) =>
  Object.entries(filters).every(([name, value]) => value === undefined || PRECOMPUTED_FILTERS.has(name));

export function applyAssociationFilters(query: Knex.QueryBuilder, filters: ResolvedAssociationFilters): void {
  const { governorate, district, kind, status, sector, resource, minMembers, maxMembers, intlCoop, qWords, bbox } =
    filters;
  query.whereNull('a.deleted_at');
  if (governorate?.length) query.whereIn('a.governorate_code', governorate);
  if (district?.length) query.whereIn('a.district_code', district);
  if (kind?.length) query.whereIn('a.kind', kind);
  if (status?.length) query.whereIn('a.status', status);
  if (minMembers !== undefined) query.where('a.members', '>=', minMembers);
  if (maxMembers !== undefined) query.where('a.members', '<=', maxMembers);
  if (intlCoop !== undefined) query.where('a.intl_coop', intlCoop);
  // Sectors and resources present are read from the association's own facets (GIN-indexed, kept by triggers);
  // only a resource asked in some quantity looks at its rows.
  if (sector?.length) query.whereRaw('a.facets && ?::text[]', [sector.map((code) => facet('sector', code))]);
  if (resource?.length) {
    const present = resource.filter((need) => need.minQuantity <= 1).map((need) => facet('resource', need.code));
    query.where((anyNeed) => {
      if (present.length) anyNeed.orWhereRaw('a.facets && ?::text[]', [present]);
      for (const need of resource.filter((counted) => counted.minQuantity > 1)) {
        anyNeed.orWhereRaw(
          `EXISTS (SELECT 1 FROM association_resources r
                    WHERE r.association_id = a.id AND r.resource_code = ? AND r.quantity >= ?)`,
          [need.code, need.minQuantity],
        );
      }
    });
  }
  if (bbox) {
    query.whereRaw('a.geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)', bbox);
  }
  // Every typed word must be held by the search text, as one of the known words it stands for (GIN index).
  for (const words of qWords ?? []) {
    query.whereRaw(words.length <= PLANNED_WORDS ? HOLDS_ANY_WORD('?::text[]') : HOLDS_ONE_OF_MANY, [words]);
  }
}

/** The words of a search text worth matching (at most eight); a lone letter such as «ب» matches too much. */
export function searchWords(q: string): string[] {
  const words = q.split(/\s+/).filter((word) => word.length >= 2);
  return (words.length ? words : [q.trim()]).slice(0, 8);
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}
