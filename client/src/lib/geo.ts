// Geometry helpers for boundaries: API arrays to GeoJSON, a label point inside each polygon (polylabel, in the
// largest part by turf's area), bounding boxes (turf's bbox).
import area from '@turf/area';
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import polylabel from 'polylabel';

export type Bbox = [number, number, number, number];

interface Boundary {
  code: string;
  geometry: Geometry;
}

/** The API's boundary objects as features: geometry out, everything else into properties, the code as id. */
export function boundariesToCollection(items: Boundary[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: items.map(({ geometry, ...properties }) => ({
      type: 'Feature',
      id: properties.code,
      geometry,
      properties,
    })),
  };
}

const polygonsOf = (geometry: Geometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

const polygonArea = (rings: Position[][]) => area({ type: 'Polygon', coordinates: rings });

/** One label point per boundary, inside its largest polygon where the label has most room. */
export function labelPoints(items: Boundary[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const { geometry, ...properties } of items) {
    const largest = polygonsOf(geometry).sort((a, b) => polygonArea(b) - polygonArea(a))[0];
    if (!largest) continue;
    const [lon, lat] = polylabel(largest, 0.001);
    features.push({
      type: 'Feature',
      id: properties.code,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The bounding box around every geometry, or undefined when there is none. */
export function bboxOf(geometries: Geometry[]): Bbox | undefined {
  const [minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity] = bbox({
    type: 'GeometryCollection',
    geometries,
  });
  return Number.isFinite(minX) ? [minX, minY, maxX, maxY] : undefined;
}
