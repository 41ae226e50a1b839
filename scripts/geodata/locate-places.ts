// Puts OSM places into governorates and districts by point-in-polygon against the final (written) polygons.
import type { OsmPlace } from './osm-places';
import { exec, rows, type Db } from './postgis';
import type { VillageProps } from './types';

export interface LocatedPlace {
  props: VillageProps;
  lon: number;
  lat: number;
}

export interface LocateReport {
  /** Places that fall in more than one governorate polygon (should be 0; the smallest code wins). */
  ambiguousGovernorate: number;
  /** Places inside a wanted governorate but in no district of it. */
  withoutDistrict: number;
}

/**
 * Places inside one of `governorates`, each with the district of that governorate that contains it (or null).
 * Uses table `final`, i.e. exactly the geometry written to the output files.
 */
export async function locatePlaces(
  db: Db,
  places: OsmPlace[],
  governorates: readonly string[],
): Promise<{ located: LocatedPlace[]; report: LocateReport }> {
  await exec(db, `CREATE TABLE place (osm_id bigint PRIMARY KEY, geom geometry(Point, 4326) NOT NULL)`);
  await exec(
    db,
    `INSERT INTO place SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
     FROM unnest($1::bigint[], $2::float8[], $3::float8[]) AS t(id, lon, lat)`,
    [places.map((p) => p.osmId), places.map((p) => p.lon), places.map((p) => p.lat)],
  );
  await exec(db, `CREATE INDEX ON place USING gist (geom); ANALYZE place;`);
  const hits = await rows<{ osm_id: string; governorate: string; district: string | null; governorates: number }>(
    db,
    `SELECT p.osm_id::text, g.code AS governorate, g.n::int AS governorates, d.code AS district
     FROM place p
     CROSS JOIN LATERAL (
       SELECT min(code) AS code, count(*) AS n FROM final
       WHERE layer = 'governorate' AND ST_Covers(geom, p.geom)) g
     LEFT JOIN LATERAL (
       SELECT min(code) AS code FROM final
       WHERE layer = 'district' AND governorate = g.code AND ST_Covers(geom, p.geom)) d ON true
     WHERE g.code = ANY($1)`,
    [governorates],
  );
  const byId = new Map(places.map((p) => [p.osmId, p]));
  const located = hits
    .map((hit): LocatedPlace => {
      const place = byId.get(Number(hit.osm_id));
      if (!place) throw new Error(`locate-places: unknown OSM id ${hit.osm_id}`);
      return {
        lon: place.lon,
        lat: place.lat,
        props: {
          osmId: place.osmId,
          nameAr: place.nameAr,
          nameEn: place.nameEn,
          placeType: place.placeType,
          population: place.population,
          governorate: hit.governorate,
          district: hit.district,
        },
      };
    })
    .sort((a, b) => a.props.osmId - b.props.osmId);
  return {
    located,
    report: {
      ambiguousGovernorate: hits.filter((h) => h.governorates > 1).length,
      withoutDistrict: located.filter((p) => p.props.district === null).length,
    },
  };
}
