// Villages and social units as GeoJSON text, filtered by governorate and district (and status for units).
import type { Db } from '../../db';
import { collectionOrEmpty, featureCollectionSql } from '../../lib/geojson';

export interface PlaceFilters {
  governorate?: string[];
  district?: string[];
  status?: string[];
}

const PLACE_LAYERS = {
  villages: `json_build_object('nameAr', p.name_ar, 'nameEn', p.name_en, 'placeType', p.place_type,
                               'population', p.population, 'governorate', p.governorate_code,
                               'district', p.district_code)`,
  social_units: `json_build_object('nameAr', p.name_ar, 'nameEn', p.name_en, 'status', p.status,
                                   'governorate', p.governorate_code, 'district', p.district_code)`,
} as const;

export type PlaceLayer = keyof typeof PLACE_LAYERS;

/** A FeatureCollection as text; ids are the rows' ids. */
export async function placesAsGeoJson(db: Db, layer: PlaceLayer, filters: PlaceFilters): Promise<string> {
  const rows = db(`${layer} as p`)
    .select(
      'p.id',
      db.raw(`json_build_object('type', 'Feature', 'id', p.id, 'geometry', ST_AsGeoJSON(p.geom, 6)::json,
                                'properties', ${PLACE_LAYERS[layer]}) AS feature`),
    )
    .modify((query) => {
      if (filters.governorate?.length) query.whereIn('p.governorate_code', filters.governorate);
      if (filters.district?.length) query.whereIn('p.district_code', filters.district);
      if (filters.status?.length) query.whereIn('p.status', filters.status);
    });
  const result = await db.raw<{ rows: { collection: string }[] }>(
    `SELECT ${featureCollectionSql('feature', 'id')} AS collection FROM ? AS rows`,
    [rows],
  );
  return collectionOrEmpty(result.rows[0]?.collection);
}
