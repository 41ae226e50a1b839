// The client's geometry helpers: the box around boundaries (turf's bbox) and a label point inside the largest part
// of a multipolygon (turf's area to choose it, polylabel to place it).
import type { MultiPolygon, Point } from 'geojson';
import { bboxOf, labelPoints } from '../../client/src/lib/geo';

const square = (x: number, y: number, side: number) => [
  [
    [x, y],
    [x + side, y],
    [x + side, y + side],
    [x, y + side],
    [x, y],
  ],
];

test('the box around a polygon and a point, and none around nothing', () => {
  const point: Point = { type: 'Point', coordinates: [33.5, 24.9] };
  expect(bboxOf([{ type: 'Polygon', coordinates: square(32, 25, 1) }, point])).toEqual([32, 24.9, 33.5, 26]);
  expect(bboxOf([])).toBeUndefined();
});

test('a multipolygon is labelled inside its largest part, an island ignored', () => {
  const district: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(32.9, 26.9, 0.05), square(32, 25, 1)] };
  const [label] = labelPoints([{ code: 'EG.QN.QS', geometry: district }]).features;
  const [lon = 0, lat = 0] = label?.geometry.coordinates ?? [];
  expect(lon).toBeGreaterThan(32.2);
  expect(lon).toBeLessThan(32.8);
  expect(lat).toBeGreaterThan(25.2);
  expect(lat).toBeLessThan(25.8);
  expect(label?.id).toBe('EG.QN.QS');
});
