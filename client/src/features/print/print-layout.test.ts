// The sheet's geometry: the map keeps its proportions in its frame, and the scale bar is a round distance that fits.
import { MAP_FRAME_MM, printedMapSize, scaleBar } from './print-layout';

test("when the map on screen is wider than its frame, then it is printed the frame's width, in proportion", () => {
  const size = printedMapSize({ width: 1000, height: 500 }, 'landscape');

  expect(size.width).toBeCloseTo(MAP_FRAME_MM.landscape.width);
  expect(size.height).toBeCloseTo(MAP_FRAME_MM.landscape.width / 2);
  expect(size.mmPerPixel).toBeCloseTo(MAP_FRAME_MM.landscape.width / 1000);
});

test("when the map on screen is taller than its frame, then it is printed the frame's height, in proportion", () => {
  const size = printedMapSize({ width: 390, height: 600 }, 'portrait');

  expect(size.height).toBeCloseTo(MAP_FRAME_MM.portrait.height);
  expect(size.width).toBeCloseTo((MAP_FRAME_MM.portrait.height * 390) / 600);
});

test.each([
  [1000, { metres: 20_000, mm: 20 }],
  [250, { metres: 10_000, mm: 40 }],
  [120, { metres: 2_000, mm: 2_000 / 120 }],
  [3.1, { metres: 100, mm: 100 / 3.1 }],
])('when a millimetre on paper is %p m, then the bar is %p', (metresPerMm, bar) => {
  expect(scaleBar(metresPerMm)).toEqual(bar);
});
