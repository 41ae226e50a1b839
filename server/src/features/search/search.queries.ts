// Arabic-aware suggestions: associations (through the shared `q` filter and its trigram index) and villages,
// ranked by how well the normalised words match.
import type { Db } from '../../db';
import { applyAssociationFilters } from '../associations/association-filters.queries';

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

/** Prefix matches first, then by word similarity of the normalised text. */
const RANK = (column: string) => `(${column} LIKE normalize_ar(?) || '%') DESC, word_similarity(normalize_ar(?), ${column}) DESC`;

export async function searchAssociations(db: Db, query: SearchQuery): Promise<Suggestion[]> {
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
    .modify(applyAssociationFilters, { q: query.q, governorate: query.governorate })
    .orderByRaw(`${RANK('a.search_text')}, a.name_ar`, [query.q, query.q])
    .limit(query.limit);
}

export async function searchVillages(db: Db, query: SearchQuery): Promise<Suggestion[]> {
  const text = `normalize_ar(coalesce(v.name_ar, '') || ' ' || coalesce(v.name_en, ''))`;
  return db('villages as v')
    .select(
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
    .modify((builder) => {
      if (query.governorate?.length) builder.whereIn('v.governorate_code', query.governorate);
    })
    .orderByRaw(`${RANK(text)}, v.name_ar`, [query.q, query.q])
    .limit(query.limit);
}
