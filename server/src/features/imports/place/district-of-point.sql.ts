// The district a point falls in, chosen as the associations' locate_in_district trigger chooses it (the first by
// code of those whose polygon it touches): a row placed here gets the district the trigger will give it.

/** `alias.district_code` and `alias.governorate_code` of `point` (an SQL expression), looked up only when `when`. */
export const DISTRICT_OF_POINT = (point: string, alias: string, when = 'true') => `
    LEFT JOIN LATERAL (
      SELECT d.code AS district_code, d.governorate_code FROM districts d
       WHERE ${when} AND ST_Intersects(d.geom, ${point}) ORDER BY d.code LIMIT 1) ${alias} ON true`;
