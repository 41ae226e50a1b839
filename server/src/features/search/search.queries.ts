// Arabic-aware suggestions: associations (words corrected first, then a bounded set of matches ranked) and villages,
// ranked by how well the normalised words match.
import type { Db } from '../../db';
import type { Knex } from 'knex';
import { applyAssociationFilters, escapeLike, searchWords } from '../associations/association-filters.queries';
import { ALSO_HOLDS_ANY_WORD, CORRECTIONS, HOLDS_ANY_WORD, RANK, STARTS_WITH } from './search.sql';

export interface SearchQuery {
  q: string;
  governorate?: string[];
  limit: number;
}

export interface Suggestion {
  type: 'association' | 'village';
  id: number;
  nameAr: string | null;
  nameEn: string | null;
  registrationNo: string | null;
  district: string | null;
  governorate: string | null;
  similarity: number;
  location: { type: 'Point'; coordinates: [number, number] };
}

/** How many matches each way of finding them (prefix, words as typed, words corrected) adds to the ranked set. */
const CANDIDATE_POOL = 100;

/** How many known words each typed word may stand for when finding candidates (the `q` list filter keeps them all). */
const CORRECTIONS_PER_WORD = 20;

/**
 * A word held by more associations than this share is checked on the rows the rarer words find, not looked up in
 * the index: «جمعية» alone has a million index entries, and reading them cost 20 ms of a 26 ms search.
 */
const COMMON_SHARE = 0.02;

interface WordList {
  words: string[];
  share: number;
}

/** Every list must be held: the rare ones (and at least the rarest) through the index, the common ones on each row. */
function holdsEvery(lists: WordList[]) {
  const rarest = lists.reduce((best, list, k) => (list.share < (lists[best]?.share ?? Infinity) ? k : best), 0);
  return (builder: Knex.QueryBuilder) => {
    lists.forEach(({ words, share }, k) => {
      builder.whereRaw(
        share < COMMON_SHARE || k === rarest ? HOLDS_ANY_WORD('?::text[]') : ALSO_HOLDS_ANY_WORD('?::text[]'),
        [words],
      );
    });
  };
}

export async function searchAssociations(db: Db, query: SearchQuery): Promise<Suggestion[]> {
  const corrections = await correctWords(db, searchWords(query.q));
  if (corrections.some(({ words }) => words.length === 0)) return [];
  const pattern = escapeLike(query.q);
  const candidates = (limit: number, match: (builder: Knex.QueryBuilder) => void) =>
    db('associations as a')
      .select('a.id')
      .modify((builder) => applyAssociationFilters(builder, { governorate: query.governorate }))
      .modify(match)
      .limit(limit);
  const typed = corrections.map((c) => ({ words: c.typed, share: c.typedShare }));
  const corrected = corrections.map((c) => ({ words: c.words, share: c.wordsShare }));
  const ways = [
    candidates(query.limit, (builder) => {
      builder.whereRaw(STARTS_WITH, [pattern, pattern]);
    }),
    ...(typed.every(({ words }) => words.length) ? [candidates(CANDIDATE_POOL, holdsEvery(typed))] : []),
    // The corrected words include those as typed: a second way only when a typo added some.
    ...(typed.every(({ words }, k) => words.length === corrected[k]?.words.length)
      ? []
      : [candidates(CANDIDATE_POOL, holdsEvery(corrected))]),
  ];
  return db('associations as a')
    .select(
      db.raw(`'association' AS type`),
      'a.id',
      'a.name_ar as nameAr',
      'a.name_en as nameEn',
      'a.registration_no as registrationNo',
      'a.district_code as district',
      'a.governorate_code as governorate',
      db.raw('round(word_similarity(normalize_ar(?), a.search_text)::numeric, 3)::float AS similarity', [query.q]),
      db.raw('ST_AsGeoJSON(a.geom, 6)::json AS location'),
    )
    .whereIn('a.id', db.union(ways, true))
    .orderByRaw(`${RANK('a.search_text')}, a.name_ar`, [pattern, query.q])
    .limit(query.limit);
}

interface Correction {
  typed: string[];
  typedShare: number;
  words: string[];
  wordsShare: number;
}

/**
 * For each word, the known words holding it as typed and the best of all it stands for (typos too), with their shares.
 */
async function correctWords(db: Db, words: string[]): Promise<Correction[]> {
  const { rows } = await db.raw<{ rows: Correction[] }>(CORRECTIONS, [
    CORRECTIONS_PER_WORD,
    CORRECTIONS_PER_WORD,
    words,
    words.map(escapeLike),
  ]);
  return rows;
}

export async function searchVillages(db: Db, query: SearchQuery): Promise<Suggestion[]> {
  const text = `normalize_ar(coalesce(v.name_ar, '') || ' ' || coalesce(v.name_en, ''))`;
  return db('villages as v')
    .select<Suggestion[]>(
      db.raw(`'village' AS type`),
      'v.id',
      'v.name_ar as nameAr',
      'v.name_en as nameEn',
      db.raw('NULL AS "registrationNo"'),
      'v.district_code as district',
      'v.governorate_code as governorate',
      db.raw(`round(word_similarity(normalize_ar(?), ${text})::numeric, 3)::float AS similarity`, [query.q]),
      db.raw('ST_AsGeoJSON(v.geom, 6)::json AS location'),
    )
    .whereRaw(`(${text} LIKE '%' || normalize_ar(?) || '%' OR normalize_ar(?) <% ${text})`, [query.q, query.q])
    .modify<Suggestion, Suggestion[]>((builder) => {
      if (query.governorate?.length) builder.whereIn('v.governorate_code', query.governorate);
    })
    .orderByRaw(`${RANK(text)}, v.name_ar`, [escapeLike(query.q), query.q])
    .limit(query.limit);
}
