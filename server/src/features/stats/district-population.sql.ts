// Each district's population on one census basis: its governorate's. District figures are older (2006, Who's On
// First) than the governorates' (2017, CAPMAS), so where a governorate has a newer census its districts' figures are
// estimated from their share of the older figures known in that governorate, scaled to the governorate's total (less
// any district already counted in the governorate's year). A district with no figure has none: never 0, never a share.

/**
 * A sub-query (no bindings) with one row per district: code, population, population_year, population_basis
 * (`census` as recorded, `estimate` as above, `none`) and estimated_from (the year of the figure an estimate scales).
 */
export const DISTRICT_POPULATIONS = `
SELECT code, population_basis,
       CASE population_basis
         WHEN 'census' THEN own_population
         WHEN 'estimate' THEN round(own_population::numeric * (governorate_population - counted) / older_total)::int
       END AS population,
       CASE population_basis WHEN 'census' THEN own_year WHEN 'estimate' THEN governorate_year END AS population_year,
       CASE population_basis WHEN 'estimate' THEN own_year END AS estimated_from
  FROM (
    SELECT d.code, d.population AS own_population, d.population_year AS own_year,
           g.population AS governorate_population, g.population_year AS governorate_year,
           -- The governorate's older district figures, whose shares are scaled; those of its own year, already counted.
           sum(d.population) FILTER (WHERE d.population_year < g.population_year) OVER governorate AS older_total,
           coalesce(sum(d.population) FILTER (WHERE d.population_year >= g.population_year) OVER governorate, 0)
             AS counted,
           CASE WHEN d.population IS NULL THEN 'none'
                WHEN d.population_year < g.population_year
                 AND g.population > coalesce(sum(d.population) FILTER (WHERE d.population_year >= g.population_year)
                                               OVER governorate, 0)
                THEN 'estimate'
                ELSE 'census' END AS population_basis
      FROM districts d JOIN governorates g ON g.code = d.governorate_code
    WINDOW governorate AS (PARTITION BY d.governorate_code)) shares`;
