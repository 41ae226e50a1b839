// SQL for Arabic-aware search: each typed word corrected against the table of known words (search_words, pg_trgm),
// then associations found through the GIN index on the words of their search text, ranked on a bounded set.

/** A known word `s.word` holding the typed word as typed (the argument: an escaped LIKE pattern). */
const HOLDS_TYPED = (pattern: string) => `s.word LIKE '%' || normalize_ar(${pattern}) || '%'`;

/** …or close to it (pg_trgm.word_similarity_threshold, set per connection in db.ts). */
const CLOSE_TO = (word: string) => `normalize_ar(${word}) <% s.word`;

/**
 * For each typed word in order, the known words it stands for: those holding it, and close ones unless it has a digit
 * (a number one digit off is another association's).
 * Bindings: how many at most, the words and their LIKE patterns as text[].
 */
export const WORD_CORRECTIONS = `
  SELECT ARRAY(SELECT s.word FROM search_words s
                WHERE ${HOLDS_TYPED('q.pattern')} OR (normalize_ar(q.word) !~ '[0-9]' AND ${CLOSE_TO('q.word')})
                LIMIT ?) AS words
    FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS q(word, pattern, k)
   ORDER BY q.k`;

/**
 * For each typed word in order (bindings: the most kept per word, twice, then words and patterns as text[]): the known
 * words holding it as typed, shortest first, and all it stands for, those as typed first, then the closest; with
 * each list, the share of associations holding one of its words by the planner's statistics of the words index
 * (0 for words too rare to be listed there). Only the best few words are kept: each list bounds a set of candidates
 * to rank, and a long one (a number inside many others) would make every association row cost as much as it is long.
 */
export const CORRECTIONS = `
  WITH common AS (
    SELECT e.word, e.share
      FROM pg_stats st
     CROSS JOIN LATERAL unnest(st.most_common_elems::text::text[], st.most_common_elem_freqs) AS e(word, share)
     WHERE st.schemaname = current_schema() AND st.tablename = 'associations_search_words'),
  corrected AS (
    SELECT q.k,
           ARRAY(SELECT s.word FROM search_words s WHERE ${HOLDS_TYPED('q.pattern')}
                  ORDER BY length(s.word), s.word LIMIT ?) AS typed,
           ARRAY(SELECT s.word FROM search_words s WHERE ${HOLDS_TYPED('q.pattern')} OR ${CLOSE_TO('q.word')}
                  ORDER BY ${HOLDS_TYPED('q.pattern')} DESC, word_similarity(normalize_ar(q.word), s.word) DESC,
                           length(s.word), s.word
                  LIMIT ?) AS words
      FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS q(word, pattern, k))
  SELECT c.typed, (SELECT coalesce(sum(m.share), 0) FROM common m WHERE m.word = ANY(c.typed))::float AS "typedShare",
         c.words, (SELECT coalesce(sum(m.share), 0) FROM common m WHERE m.word = ANY(c.words))::float AS "wordsShare"
    FROM corrected c
   ORDER BY c.k`;

/** `associations AS a` holds one of the given words (a text[] expression) — the GIN index associations_search_words. */
export const HOLDS_ANY_WORD = (words: string) => `string_to_array(a.search_text, ' ') && ${words}`;

/**
 * The same, checked on each row found otherwise:
 * `IS TRUE` keeps the planner from reading a common word's index entries.
 */
export const ALSO_HOLDS_ANY_WORD = (words: string) => `(${HOLDS_ANY_WORD(words)}) IS TRUE`;

/**
 * The search text of `a` starts with the query (binding twice: the LIKE-escaped query);
 * btree associations_search_prefix.
 */
export const STARTS_WITH = `left(a.search_text, 200) LIKE normalize_ar(?) || '%'
  AND a.search_text LIKE normalize_ar(?) || '%'`;

/** Prefix matches first, then by word similarity of the normalised text; bindings: LIKE-escaped query, query. */
export const RANK = (column: string) =>
  `(${column} LIKE normalize_ar(?) || '%') DESC, word_similarity(normalize_ar(?), ${column}) DESC`;
