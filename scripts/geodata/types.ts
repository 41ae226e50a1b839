// Shared shapes for the geodata build: minimal RFC 7946 GeoJSON types and the records passed between steps.

export type Position = [number, number];
export type PolygonCoords = Position[][];

export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'Polygon'; coordinates: PolygonCoords }
  | { type: 'MultiPolygon'; coordinates: PolygonCoords[] };

export interface Feature<P, G extends Geometry = Geometry> {
  type: 'Feature';
  properties: P;
  geometry: G;
}

export type DistrictKind = 'markaz' | 'kism' | 'city' | null;

/** Properties of one feature in geodata/governorates.geojson. */
export interface GovernorateProps {
  code: string;
  hasc: string;
  nameAr: string;
  nameEn: string;
  population: number;
  populationYear: number;
  areaKm2: number;
}

/** Properties of one feature in geodata/districts.geojson. */
export interface DistrictProps {
  code: string;
  governorate: string;
  nameAr: string;
  nameEn: string;
  kind: DistrictKind;
  population: number | null;
  populationYear: number | null;
}

/** Properties of one feature in geodata/villages.geojson. */
export interface VillageProps {
  osmId: number;
  nameAr: string | null;
  nameEn: string | null;
  placeType: string;
  population: number | null;
  governorate: string;
  district: string | null;
}

/** Where a polygon comes from: one WOF record, or the union of geoBoundaries ADM2 shapes. */
export type GeometrySource = { kind: 'wof'; wofId: number } | { kind: 'geoboundaries'; shapeIds: readonly string[] };

export interface PlannedDistrict {
  props: DistrictProps;
  source: GeometrySource;
}

export interface PlannedGovernorate {
  props: GovernorateProps;
  wofId: number;
}

/** A source record left out of districts.geojson, with the reason (listed in the README). */
export interface DroppedRecord {
  wofId: number;
  name: string;
  reason: string;
}

/** A district whose code is not the plain WOF HASC id (listed in the README). */
export interface RecodedRecord {
  wofId: number;
  name: string;
  governorate: string;
  wofHasc: string;
  code: string;
  reason: string;
}
