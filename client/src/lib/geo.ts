// Geometry helpers for boundaries: API arrays to GeoJSON, a label point inside each polygon, bounding boxes.
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import polylabel from 'polylabel';

export type Bbox = [number, number, number, number];

interface Boundary {
  code: string;
  geometry: Geometry;
}

/** The API's boundary objects as features: geometry out, everything else into properties, the code as id. */
export function boundariesToCollection<T extends Boundary>(items: T[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map(({ geometry, ...properties }) => ({ type: 'Feature', id: properties.code, geometry, properties })),
  };
}

const polygonsOf = (geometry: Geometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

/** Rough area in square degrees, enough to pick the largest part of a multipolygon. */
const ringArea = (ring: Position[]) =>
  Math.abs(ring.reduce((sum, [x = 0, y = 0], i) => {
    const [nx = 0, ny = 0] = ring[(i + 1) % ring.length] ?? [];
    return sum + x * ny - nx * y;
  }, 0)) / 2;

/** One label point per boundary, inside its largest polygon where the label has most room. */
export function labelPoints<T extends Boundary>(items: T[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { geometry, ...properties } of items) {
    const largest = polygonsOf(geometry).sort((a, b) => ringArea(b[0] ?? []) - ringArea(a[0] ?? []))[0];
    if (!largest) continue;
    const [lon, lat] = polylabel(largest, 0.001);
    features.push({ type: 'Feature', id: properties.code, geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
  }
  return { type: 'FeatureCollection', features };
}

function visitPositions(geometry: Geometry, visit: (position: Position) => void): void {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.forEach((part) => visitPositions(part, visit));
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') visit(value as Position);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk(geometry.coordinates);
}

/** The bounding box around every geometry, or undefined when there is none. */
export function bboxOf(geometries: Geometry[]): Bbox | undefined {
  let box: Bbox | undefined;
  for (const geometry of geometries) {
    visitPositions(geometry, ([x = 0, y = 0]) => {
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)] : [x, y, x, y];
    });
  }
  return box;
}
