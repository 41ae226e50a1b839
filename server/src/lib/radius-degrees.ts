// Turns a radius in kilometres into degrees for an index-friendly ST_DWithin on geometry(4326): a degree of
// longitude shrinks with latitude, so the smaller one is used and the box never cuts the true circle.
const KM_PER_DEGREE_LATITUDE = 111.32;

export function radiusInDegrees(radiusKm: number, latitude: number): number {
  return radiusKm / (KM_PER_DEGREE_LATITUDE * Math.cos((Math.abs(latitude) * Math.PI) / 180));
}
