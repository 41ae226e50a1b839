// GeoJSON FeatureCollections as the API sends them: assembled in PostgreSQL from one feature per row, or written
// around a page of features with its counts (the list and OGC API items). One shape, one place.
const EMPTY = '{"type":"FeatureCollection","features":[]}';

/**
 * SQL aggregating `feature` (a json Feature per row) in `orderBy` order into one FeatureCollection as text; an empty
 * set is an empty collection.
 */
export const featureCollectionSql = (feature: string, orderBy: string) =>
  `json_build_object('type', 'FeatureCollection',
                     'features', coalesce(json_agg(${feature} ORDER BY ${orderBy}), '[]'::json))::text`;

/** The collection text a query gave, or an empty collection when it gave no row. */
export const collectionOrEmpty = (collection: string | undefined | null): string => collection ?? EMPTY;

export interface FeaturePage {
  /** null where counting was not asked for (OGC API leaves it out). */
  numberMatched: number | null;
  /** The count is the planner's estimate, not exact. */
  numberMatchedEstimated?: boolean;
  numberReturned: number;
  /** The features as a JSON array, already serialised (by PostgreSQL). */
  featuresJson: string;
  /** Members after the counts (OGC API: timeStamp, links). */
  extra?: Record<string, unknown>;
}

/** A page of features as text, without parsing the features again. */
export function featurePageText(page: FeaturePage): string {
  const members: string[] = ['"type":"FeatureCollection"'];
  if (page.numberMatched !== null) members.push(`"numberMatched":${page.numberMatched}`);
  if (page.numberMatchedEstimated) members.push('"numberMatchedEstimated":true');
  members.push(`"numberReturned":${page.numberReturned}`);
  for (const [name, value] of Object.entries(page.extra ?? {}))
    members.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  members.push(`"features":${page.featuresJson}`);
  return `{${members.join(',')}}`;
}
