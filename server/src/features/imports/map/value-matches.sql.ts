// SQL that matches each distinct value a file writes in a vocabulary field (kind, status, sectors, resources,
// intlCoop) to a code, once per value rather than once per row (a list cell is split once per distinct cell, and a
// value's rows are the rows of the cells that hold it): the user's own choice first, then the list's
// label exactly, the label after Arabic normalisation, a synonym, and last the closest term by trigrams.
// The table it makes (`:values:`) is what the rows are decoded with and what `valueMatches` reports.
// Bindings: `:values:` (created), `:source:` (the source view), `:choices` (the form's `values`, JSON).

/**
 * Items of a list cell, as a subquery to alias `AS items(item)`: split on , ; ، ؛ | / new lines, and on a dash that
 * does not start a number ("قاعة: -2" is reported as a negative count, not cut in two). The dash before a digit is
 * hidden as U+0001 while splitting (no look-ahead: knex would read its question mark as a binding).
 */
export const LIST_ITEMS = (cell: string) =>
  `(SELECT replace(part, chr(1), '-')
      FROM regexp_split_to_table(regexp_replace(${cell}, '-([0-9٠-٩])', chr(1) || '\\1', 'g'),
                                 '[,;،؛|/\\n-]') AS part)`;

/** A resources item is "label" or "label: quantity" / "label = quantity"; this is its label. */
export const RESOURCE_LABEL = (item: string) => `btrim(coalesce((regexp_match(${item}, '^([^:=]*)[:=]'))[1], ${item}))`;

/** Below this trigram similarity a value is left unmatched rather than guessed. */
export const FUZZY_THRESHOLD = 0.5;

export const CREATE_VALUE_MATCHES = `
CREATE TABLE :values: AS
WITH sector_cells AS (SELECT v."sectors" AS cell, count(*) AS rows FROM :source: v GROUP BY 1),
resource_cells AS (SELECT v."resources" AS cell, count(*) AS rows FROM :source: v GROUP BY 1),
cells AS (
  SELECT 'kind'::text AS field, 'kind'::text AS list, btrim(v."kind") AS value, count(*) AS rows
    FROM :source: v GROUP BY 3
  UNION ALL SELECT 'status', 'status', btrim(v."status"), count(*) FROM :source: v GROUP BY 3
  UNION ALL SELECT 'intlCoop', 'yes_no', btrim(v."intlCoop"), count(*) FROM :source: v GROUP BY 3
  UNION ALL SELECT 'sectors', 'sector', items.value, c.rows
              FROM sector_cells c
             CROSS JOIN LATERAL (SELECT DISTINCT btrim(item) FROM ${LIST_ITEMS('c.cell')} AS i(item)) AS items(value)
  UNION ALL SELECT 'resources', 'resource', items.value, c.rows
              FROM resource_cells c
             CROSS JOIN LATERAL (SELECT DISTINCT ${RESOURCE_LABEL('item')} FROM ${LIST_ITEMS('c.cell')} AS i(item))
                                AS items(value)
), given AS (
  SELECT field, list, value, sum(rows)::int AS rows
    FROM cells WHERE value <> '' GROUP BY field, list, value
), terms AS MATERIALIZED (
  SELECT list, code, is_label, lower(btrim(term)) AS term, vocabulary_key(term) AS term_key FROM vocabulary_terms
)
SELECT g.field, g.value, g.rows, m.code, m.how
  FROM given g
  CROSS JOIN LATERAL (SELECT vocabulary_key(g.value) AS value_key) k
  LEFT JOIN LATERAL (
    SELECT found.code, found.how FROM (
      SELECT c.code, 'chosen' AS how, 0 AS rank, 1::real AS score
        FROM jsonb_each_text(coalesce((:choices)::jsonb -> g.field, '{}')) AS c(value, code) WHERE c.value = g.value
      UNION ALL SELECT t.code, 'exact', 1, 1 FROM terms t
                 WHERE t.list = g.list AND t.is_label AND t.term = lower(g.value)
      UNION ALL SELECT t.code, 'normalized', 2, 1 FROM terms t
                 WHERE t.list = g.list AND t.is_label AND t.term_key = k.value_key
      UNION ALL SELECT t.code, 'synonym', 3, 1 FROM terms t
                 WHERE t.list = g.list AND NOT t.is_label AND t.term_key = k.value_key
      UNION ALL SELECT t.code, 'fuzzy', 4, similarity(t.term_key, k.value_key) FROM terms t
       WHERE t.list = g.list AND similarity(t.term_key, k.value_key) >= ${FUZZY_THRESHOLD}
    ) found ORDER BY found.rank, found.score DESC, found.code LIMIT 1) m ON true`;

/** What `valueMatches` shows: per field, every distinct value with its code, how it was found and its rows. */
export const VALUE_MATCHES_JSON = `
SELECT coalesce(jsonb_object_agg(field, matches), '{}') AS matches FROM (
  SELECT field, jsonb_agg(jsonb_build_object('value', value, 'code', code, 'how', how, 'rows', rows)
                          ORDER BY code IS NOT NULL, rows DESC, value) AS matches
    FROM :values: GROUP BY field) AS per_field`;
