// Joins the planned attributes with the final geometry and writes the three GeoJSON files.
import path from 'node:path';
import type { Catalogue } from './catalogue';
import type { LocatedPlace } from './locate-places';
import type { DistrictProps, Feature, Geometry, GovernorateProps, VillageProps } from './types';
import { point, writeFeatureCollection } from './write-geojson';

export const OUTPUT_FILES = {
  governorates: 'governorates.geojson',
  districts: 'districts.geojson',
  villages: 'villages.geojson',
  districtsOfficial: 'districts-official.geojson',
  basemap: 'basemap.geojson',
} as const;

export interface OutputSummary {
  bytes: Record<'governorates' | 'districts' | 'villages' | 'districtsOfficial', number>;
  governorates: GovernorateProps[];
  districts: DistrictProps[];
  villages: VillageProps[];
}

function withGeometry<P extends { code: string }>(props: P[], geometries: Map<string, Geometry>): Feature<P>[] {
  return props.flatMap((p) => {
    const geometry = geometries.get(p.code);
    return geometry ? [{ type: 'Feature' as const, properties: p, geometry }] : [];
  });
}

export function writeOutputs(
  outputDir: string,
  catalogue: Catalogue,
  geometry: { governorates: Map<string, Geometry>; districts: Map<string, Geometry>; official: Map<string, Geometry> },
  villages: LocatedPlace[],
  decimals: number,
): OutputSummary {
  const governorates = withGeometry(
    catalogue.governorates.map((g) => g.props),
    geometry.governorates,
  );
  if (governorates.length !== catalogue.governorates.length) throw new Error('outputs: a governorate has no geometry');
  const districts = withGeometry(
    catalogue.districts.map((d) => d.props),
    geometry.districts,
  );
  const lost = catalogue.districts.filter((d) => !geometry.districts.has(d.props.code)).map((d) => d.props.code);
  if (lost.length > 0) throw new Error(`outputs: districts with no geometry: ${lost.join(', ')}`);
  const official = withGeometry(
    catalogue.districts.map(({ props: { code, governorate } }) => ({ code, governorate })),
    geometry.official,
  );
  const villageFeatures = villages.map((v): Feature<VillageProps> => ({
    type: 'Feature',
    properties: v.props,
    geometry: point(v.lon, v.lat, decimals),
  }));
  return {
    bytes: {
      governorates: writeFeatureCollection(path.join(outputDir, OUTPUT_FILES.governorates), governorates),
      districts: writeFeatureCollection(path.join(outputDir, OUTPUT_FILES.districts), districts),
      villages: writeFeatureCollection(path.join(outputDir, OUTPUT_FILES.villages), villageFeatures),
      districtsOfficial: writeFeatureCollection(path.join(outputDir, OUTPUT_FILES.districtsOfficial), official),
    },
    governorates: governorates.map((f) => f.properties),
    districts: districts.map((f) => f.properties),
    villages: villageFeatures.map((f) => f.properties),
  };
}
