// SQL that places rows without coordinates, once per distinct (governorate, district, village) the file names:
// the governorate by code or name (else the import's own), the district within it, the village within the
// district — by place_key (Arabic normalised, "مركز"/"قرية"… dropped), then without a leading "كفر"/"نجع"/"عزبة",
// fuzzy by trigrams as a last resort. A village in two districts, or none, is an error that names it: never a guess
// (`problem`: a report line's code, parameters and message, contracts/problem-codes.ts).
// Every name's key is computed once (per distinct place, per village, per district), not once per pair compared;
// each place's point gets its district once here, so that its rows need no lookup of their own.
// Bindings: `:places:` (created), `:source:`, `:governorate` (the import's governorate or NULL).
import { DISTRICT_OF_POINT } from './district-of-point.sql';

/** The name cells of a source row, trimmed, '' when empty: the key rows join `:places:` by. */
export const PLACE_NAMES = (v: string) => `
  coalesce(btrim(${v}."governorate"), '') AS governorate_text, coalesce(btrim(${v}."district"), '') AS district_text,
  coalesce(btrim(${v}."village"), '') AS village_text`;

/** A village's key without the words that start many names, for the second try. */
const BARE_KEY = (key: string) => `regexp_replace(${key}, '^(كفر|نجع|عزبه|عزبت|منشاه|جزيره) ', '')`;

/** Fuzzy place names must be at least this alike. */
const FUZZY_PLACE = 0.45;

/**
 * Of the candidates `tries` finds (each with the `rank` of the try that found it and a `score`), those of the best
 * try that has any, and of those the best scored: only a tie of equals is left, and is reported as ambiguous.
 */
const BEST_TRIES = (tries: string) => `
  SELECT * FROM (SELECT ranked.*, max(ranked.score) OVER (PARTITION BY ranked.rank) AS best_score,
                        min(ranked.rank) OVER () AS best_rank
                   FROM (${tries}) ranked) scored
   WHERE scored.rank = scored.best_rank AND scored.score = scored.best_score`;

const DISTRICT_KIND_OF_PREFIX = `CASE WHEN n.district_text ~ '^مركز' THEN 'markaz'
                                      WHEN n.district_text ~ '^(قسم|بندر)' THEN 'kism'
                                      WHEN n.district_text ~ '^مدين' THEN 'city' END`;

export const CREATE_PLACE_MATCHES = `
CREATE TABLE :places: AS
WITH named AS (
  SELECT names.*, place_key(names.district_text) AS district_key, place_key(names.village_text) AS village_key,
         ${BARE_KEY('place_key(names.village_text)')} AS village_bare_key
    FROM (SELECT DISTINCT ${PLACE_NAMES('v')} FROM :source: v
           WHERE (v.geom IS NULL OR ST_IsEmpty(v.geom))
             AND (nullif(btrim(v."district"), '') IS NOT NULL OR nullif(btrim(v."village"), '') IS NOT NULL)) names
), district_keys AS MATERIALIZED (
  SELECT d.code, d.governorate_code, d.kind, place_key(d.name_ar) AS key, lower(d.name_en) AS name_en FROM districts d
), village_keys AS MATERIALIZED (
  SELECT vi.id, vi.district_code, vi.governorate_code, vi.place_type, place_key(vi.name_ar) AS key,
         ${BARE_KEY('place_key(vi.name_ar)')} AS bare_key, lower(vi.name_en) AS name_en
    FROM villages vi
), with_governorate AS (
  SELECT n.*, CASE WHEN n.governorate_text = '' THEN (:governorate)::text ELSE g.code END AS governorate_code
    FROM named n
    LEFT JOIN LATERAL (
      SELECT g.code FROM governorates g
       WHERE upper(n.governorate_text) IN (g.code, g.hasc) OR lower(n.governorate_text) = lower(g.name_en)
          OR place_key(g.name_ar) = place_key(n.governorate_text)
       LIMIT 1) g ON true
), with_district AS (
  SELECT n.*, d.codes AS district_codes
    FROM with_governorate n
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT best.code) AS codes FROM (${BEST_TRIES(`
        SELECT d.code, tries.rank, tries.score FROM district_keys d
         CROSS JOIN LATERAL (VALUES
                 (d.key = n.district_key OR d.name_en = lower(n.district_text)
                    OR d.code = upper(n.district_text), 1, 1::real),
                 (n.governorate_code IS NOT NULL, 2, similarity(d.key, n.district_key))
               ) AS tries(hit, rank, score)
         WHERE n.district_text <> '' AND tries.hit AND (tries.rank = 1 OR tries.score >= ${FUZZY_PLACE})
           AND (n.governorate_code IS NULL OR d.governorate_code = n.governorate_code)
           AND (${DISTRICT_KIND_OF_PREFIX} IS NULL OR d.kind IS NULL OR d.kind = ${DISTRICT_KIND_OF_PREFIX})`)}) best
    ) d ON true
), with_village AS (
  SELECT n.*, vi.ids AS village_ids, vi.districts AS village_districts
    FROM with_district n
    LEFT JOIN LATERAL (
      SELECT array_agg(best.id ORDER BY best.place_rank, best.id) AS ids,
             array_agg(DISTINCT best.district_code) AS districts
        FROM (${BEST_TRIES(`
        SELECT vi.id, vi.district_code,
               CASE vi.place_type WHEN 'town' THEN 0 WHEN 'village' THEN 1 ELSE 2 END AS place_rank,
               tries.rank, tries.score
          FROM village_keys vi
         CROSS JOIN LATERAL (VALUES
                 (vi.key = n.village_key OR vi.name_en = lower(n.village_text),
                  1, 1::real),
                 (vi.bare_key = n.village_bare_key, 2, 1::real),
                 (n.district_codes IS NOT NULL, 3, similarity(vi.key, n.village_key))
               ) AS tries(hit, rank, score)
         WHERE n.village_text <> '' AND tries.hit AND (tries.rank < 3 OR tries.score >= ${FUZZY_PLACE})
           AND (n.district_codes IS NULL OR vi.district_code = ANY(n.district_codes))
           AND (n.governorate_code IS NULL OR vi.governorate_code = n.governorate_code)`)}) best) vi ON true
 ), placed AS (
SELECT n.governorate_text, n.district_text, n.village_text,
       CASE WHEN n.village_text <> '' AND cardinality(n.village_districts) = 1 THEN 'village'
            WHEN n.village_text = '' AND cardinality(n.district_codes) = 1 THEN 'district' END AS precision,
       CASE WHEN n.village_text <> '' AND cardinality(n.village_districts) = 1
              THEN (SELECT vi.geom FROM villages vi WHERE vi.id = n.village_ids[1])
            WHEN n.village_text = '' AND cardinality(n.district_codes) = 1
              THEN (SELECT ST_PointOnSurface(d.geom) FROM districts d WHERE d.code = n.district_codes[1]) END AS geom,
       CASE WHEN n.governorate_text <> '' AND n.governorate_code IS NULL
              THEN jsonb_build_object('code', 'unknown_governorate', 'value', left(n.governorate_text, 60),
                     'message', format('governorate "%s" is not a governorate this atlas knows',
                                       left(n.governorate_text, 60)))
            WHEN n.district_text <> '' AND n.district_codes IS NULL
              THEN jsonb_build_object('code', 'unknown_district', 'value', left(n.district_text, 60),
                     'governorate', n.governorate_code,
                     'message', format('district "%s" was not found%s', left(n.district_text, 60),
                                       coalesce(' in ' || n.governorate_code, '')))
            WHEN n.district_text <> '' AND cardinality(n.district_codes) > 1 AND n.village_text = ''
              THEN jsonb_build_object('code', 'ambiguous_district', 'value', left(n.district_text, 60),
                     'districts', to_jsonb(n.district_codes),
                     'message', format('district "%s" could be %s: name the governorate', left(n.district_text, 60),
                                       array_to_string(n.district_codes, ', ')))
            WHEN n.village_text <> '' AND n.village_ids IS NULL
              THEN jsonb_build_object('code', 'unknown_village', 'value', left(n.village_text, 60),
                     'districts', to_jsonb(n.district_codes), 'governorate', n.governorate_code,
                     'message', format('village "%s" was not found%s', left(n.village_text, 60),
                                       coalesce(' in ' || array_to_string(n.district_codes, ', '),
                                                ' in ' || n.governorate_code, '')))
            WHEN n.village_text <> '' AND cardinality(n.village_districts) > 1
              THEN jsonb_build_object('code', 'ambiguous_village', 'value', left(n.village_text, 60),
                     'districts', to_jsonb(n.village_districts),
                     'message', format('village "%s" is in %s districts (%s): name its district',
                                       left(n.village_text, 60), cardinality(n.village_districts),
                                       array_to_string(n.village_districts, ', ')))
       END AS problem
  FROM with_village n
)
SELECT placed.*, place.district_code, place.governorate_code
  FROM placed
  ${DISTRICT_OF_POINT('placed.geom', 'place', 'placed.geom IS NOT NULL')}`;
