// Checks the committed geodata/*.geojson files (built by `npm run geodata`) against the product's expectations.
import fs from 'node:fs';
import path from 'node:path';
import type { DistrictProps, Feature, Geometry, GovernorateProps, Position, VillageProps } from './types';

const GEODATA = path.resolve(__dirname, '../../geodata');

function features<P>(file: string): Feature<P>[] {
  const collection = JSON.parse(fs.readFileSync(path.join(GEODATA, file), 'utf8')) as {
    type: string;
    features: Feature<P>[];
  };
  expect(collection.type).toBe('FeatureCollection');
  return collection.features;
}

/** Ray casting on one ring (lon/lat treated as planar, fine at this scale). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Position;
    const [xj, yj] = ring[j] as Position;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(geometry: Geometry, point: Position): boolean {
  const polygons =
    geometry.type === 'MultiPolygon' ? geometry.coordinates : geometry.type === 'Polygon' ? [geometry.coordinates] : [];
  return polygons.some(
    ([outer, ...holes]) => outer !== undefined && inRing(point, outer) && !holes.some((h) => inRing(point, h)),
  );
}

const governorates = features<GovernorateProps>('governorates.geojson');
const districts = features<DistrictProps>('districts.geojson');
const villages = features<VillageProps>('villages.geojson');

const QENA_DISTRICTS: Record<string, string> = {
  'EG.QN.QM': 'قنا',
  'EG.QN.AT': 'أبو تشت',
  'EG.QN.FR': 'فرشوط',
  'EG.QN.NH': 'نجع حمادي',
  'EG.QN.QJ': 'دشنا',
  'EG.QN.WA': 'الوقف',
  'EG.QN.QA': 'قفط',
  'EG.QN.QS': 'قوص',
  'EG.QN.NE': 'نقادة',
};

const isPositiveIntegerOrNull = (v: number | null): boolean => v === null || (Number.isInteger(v) && v > 0);

describe('geodata/governorates.geojson', () => {
  it('has the 27 governorates with unique ISO codes and Arabic names, as MultiPolygons', () => {
    expect(governorates).toHaveLength(27);
    const codes = governorates.map((g) => g.properties.code);
    expect(new Set(codes).size).toBe(27);
    for (const code of codes) expect(code).toMatch(/^EG-[A-Z]{1,3}$/);
    const names = governorates.map((g) => g.properties.nameAr);
    expect(new Set(names).size).toBe(27);
    for (const name of names) expect(name).toMatch(/[\u0600-\u06FF]/);
    for (const g of governorates) {
      expect(g.geometry.type).toBe('MultiPolygon');
      expect(Object.keys(g.properties).sort()).toEqual([
        'areaKm2',
        'code',
        'hasc',
        'nameAr',
        'nameEn',
        'population',
        'populationYear',
      ]);
      expect(isPositiveIntegerOrNull(g.properties.population)).toBe(true);
    }
  });
});

describe('geodata/districts.geojson', () => {
  const qena = districts.filter((d) => d.properties.governorate === 'EG-KN');

  it('gives Qena exactly its nine markaz with the correct Arabic names', () => {
    const byCode = Object.fromEntries(qena.map((d) => [d.properties.code, d.properties.nameAr]));
    expect(byCode).toEqual(QENA_DISTRICTS);
  });

  it('puts Esna and Armant in Luxor', () => {
    for (const nameEn of ['Esna', 'Armant']) {
      const found = districts.filter((d) => d.properties.nameEn === nameEn);
      expect(found).toHaveLength(1);
      expect(found[0]?.properties.governorate).toBe('EG-LX');
    }
  });

  it('has unique codes, existing governorates, MultiPolygons and sane populations', () => {
    const govCodes = new Set(governorates.map((g) => g.properties.code));
    expect(new Set(districts.map((d) => d.properties.code)).size).toBe(districts.length);
    for (const d of districts) {
      expect(govCodes.has(d.properties.governorate)).toBe(true);
      expect(d.properties.code).toBeTruthy();
      expect(d.properties.nameAr).toBeTruthy();
      expect(d.geometry.type).toBe('MultiPolygon');
      expect(isPositiveIntegerOrNull(d.properties.population)).toBe(true);
      expect(d.properties.populationYear === null).toBe(d.properties.population === null);
    }
  });

  it.each([
    ['the Qena city test point', [32.7167, 26.1642]],
    ['a desert point east of Qena, in no official district', [32.719653, 26.141134]],
  ])('locates %s in Qena governorate and Qena markaz only', (_name, point) => {
    expect(governorates.filter((g) => contains(g.geometry, point as Position)).map((g) => g.properties.code)).toEqual([
      'EG-KN',
    ]);
    expect(districts.filter((d) => contains(d.geometry, point as Position)).map((d) => d.properties.code)).toEqual([
      'EG.QN.QM',
    ]);
  });

  it('keeps island districts such as Zamalek, in Cairo', () => {
    expect(districts.find((d) => d.properties.code === 'EG.QH.ZM')?.properties.governorate).toBe('EG-C');
  });
});

describe('geodata/villages.geojson', () => {
  const districtGovernorate = new Map(districts.map((d) => [d.properties.code, d.properties.governorate]));

  it('has at least 100 named places in Qena, each in a Qena district', () => {
    const qena = villages.filter((v) => v.properties.governorate === 'EG-KN');
    expect(qena.length).toBeGreaterThanOrEqual(100);
    for (const v of qena) expect(districtGovernorate.get(v.properties.district ?? '')).toBe('EG-KN');
  });

  it('has names, valid parents, points and sane populations', () => {
    for (const v of villages) {
      const p = v.properties;
      expect(p.nameAr !== null || p.nameEn !== null).toBe(true);
      expect(p.nameAr ?? '').not.toMatch(/\u0640/);
      expect(['EG-KN', 'EG-LX', 'EG-SHG']).toContain(p.governorate);
      expect(districtGovernorate.get(p.district ?? '')).toBe(p.governorate);
      expect(Number.isInteger(p.osmId)).toBe(true);
      expect(isPositiveIntegerOrNull(p.population)).toBe(true);
      expect(v.geometry.type).toBe('Point');
    }
    expect(new Set(villages.map((v) => v.properties.osmId)).size).toBe(villages.length);
  });
});

describe('geodata/basemap.geojson', () => {
  const basemap = features<{ layer: string; kind: string; nameAr: string | null; nameEn: string | null }>(
    'basemap.geojson',
  );
  const named = (layer: string, nameEn: string) =>
    basemap.filter((f) => f.properties.layer === layer && f.properties.nameEn === nameEn);

  it('draws land, the Nile as an area and as a line, Lake Nasser, the railway, its stations and towns', () => {
    expect(new Set(basemap.map((f) => f.properties.layer))).toEqual(
      new Set(['land', 'water', 'waterway', 'railway', 'station', 'town']),
    );
    expect(basemap.some((f) => f.properties.layer === 'water' && f.properties.kind === 'river')).toBe(true);
    expect(named('waterway', 'Nile').length).toBeGreaterThan(0);
    expect(named('water', 'Lake Nasser').length).toBeGreaterThan(0);
    expect(named('town', 'Cairo').map((f) => f.properties.nameAr)).toContain('القاهرة');
  });
});
