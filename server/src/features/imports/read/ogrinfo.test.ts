// parseOgrinfo reads GDAL 3.6's summary text: layers, geometry, count, extent, CRS and fields with odd names.
import { parseOgrinfo } from './ogrinfo';

const RED_BELT = `INFO: Open of \`rb.shp'
      using driver \`ESRI Shapefile' successful.

Layer name: rb
Geometry: Point
Feature Count: 2
Extent: (786483.941841, 358536.702458) - (791185.669531, 386028.759086)
Layer SRS WKT:
PROJCRS["Egypt 1907 / Red Belt",
    BASEGEOGCRS["Egypt 1907",
        ID["EPSG",4229]],
    USAGE[
        BBOX[21.99,29,33.82,34.27]],
    ID["EPSG",22992]]
Data axis to CRS axis mapping: 1,2
REG_NO: String (80.0)
اسم الجمعية: String (254.0)
count: Integer64(Boolean) (1.0)
`;

const NO_CRS = `Layer name: survey
Geometry: Point
Feature Count: 1
Extent: (471687.460000, 2893899.020000) - (471687.460000, 2893899.020000)
Layer SRS WKT:
(unknown)
خط الطول: Real (0.0)
y: Real (0.0)

Layer name: empty
Geometry: None
Feature Count: 0
Layer SRS WKT:
(unknown)
`;

test('when a shapefile in Red Belt is described, then its EPSG code, extent and every field come out', () => {
  expect(parseOgrinfo(RED_BELT)).toEqual([
    {
      name: 'rb',
      geometryType: 'Point',
      featureCount: 2,
      extent: [786483.941841, 358536.702458, 791185.669531, 386028.759086],
      srs: 'EPSG:22992',
      fields: ['REG_NO', 'اسم الجمعية', 'count'],
    },
  ]);
});

test('when a file states no CRS and has two layers, then srs is null and both layers are listed', () => {
  const [survey, empty] = parseOgrinfo(NO_CRS);
  expect(survey).toMatchObject({
    name: 'survey',
    srs: null,
    fields: ['خط الطول', 'y'],
    extent: [471687.46, 2893899.02, 471687.46, 2893899.02],
  });
  expect(empty).toMatchObject({ name: 'empty', geometryType: 'None', featureCount: 0, extent: null, fields: [] });
});

test('when a CRS has no EPSG code, then its name is the srs', () => {
  const text =
    'Layer name: x\nGeometry: Point\nFeature Count: 1\nLayer SRS WKT:\n' +
    'PROJCRS["Local grid",\n    CS[Cartesian,2]]\nData axis to CRS axis mapping: 1,2\n';
  expect(parseOgrinfo(text)[0]?.srs).toBe('Local grid');
});
