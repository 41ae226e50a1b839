// The nearest associations offering a service from a point: the query's bindings from the request, public rows back.
import type { NearestQuery, NearestReply, NearestResult } from '../../../../contracts/nearest';
import type { Db } from '../../db';
import { facetsOf } from '../../lib/facets';
import { radiusInDegrees } from '../../lib/radius-degrees';
import { NEAREST_OFFERING } from './nearest.sql';

export async function findNearest(db: Db, query: NearestQuery): Promise<NearestReply> {
  const { rows } = await db.raw<{ rows: NearestResult[] }>(NEAREST_OFFERING, {
    lon: query.lon,
    lat: query.lat,
    facets: facetsOf(query),
    resource: query.resource?.code ?? null,
    minQuantity: query.resource?.minQuantity ?? 1,
    meters: query.radiusKm * 1000,
    degrees: radiusInDegrees(query.radiusKm, query.lat),
    degreesPerMeter: radiusInDegrees(1, query.lat) / 1000,
    limit: query.limit,
  });
  return { radiusKm: query.radiusKm, results: rows };
}
