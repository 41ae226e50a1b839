// `npm run geodata`: derives geodata/{governorates,districts,districts-official,villages,basemap}.geojson and the
// README from the raw sources, and prints the figures of the districts' filling and the build's time.
import fs from 'node:fs';
import path from 'node:path';
import { buildCatalogue } from './catalogue';
import { checkFinalGeometry } from './checks';
import {
  adminDatabaseUrl,
  BASEMAP_TOWN_TYPES,
  COORDINATE_DECIMALS,
  OUTPUT_DIR,
  SIMPLIFY_TOLERANCES,
  SLIVER_MAX_KM2,
  SOURCE_FILES,
  VILLAGE_GOVERNORATES,
  VILLAGE_PLACE_TYPES,
} from './config';
import {
  allUsedShapes,
  LUXOR_DESERT_SHAPES,
  LUXOR_UNIT_SHAPES,
  QENA_DESERT_SHAPES,
  readGbShapes,
} from './geoboundaries';
import { writeBasemap } from './basemap';
import { assemble } from './geometry-assemble';
import { countPlacesOutsideOfficial, fillDistricts, readOfficialDistricts } from './geometry-fill';
import { loadSources } from './geometry-load';
import { readFinalGeometries, simplifyTogether } from './geometry-simplify';
import { locatePlaces } from './locate-places';
import { loadPhysical } from './physical-load';
import { readOsmPlaces } from './osm-places';
import { OUTPUT_FILES, writeOutputs } from './outputs';
import { readPopulation2017 } from './population';
import { withTemporaryPostgis } from './postgis';
import { writeReadme } from './readme';
import { readWofAdmin } from './wof';

async function main(): Promise<void> {
  const wof = readWofAdmin(SOURCE_FILES.wofDataDir);
  const catalogue = buildCatalogue(wof, readPopulation2017(SOURCE_FILES.population));
  const gbShapes = readGbShapes(SOURCE_FILES.geoBoundaries, allUsedShapes());
  const places = readOsmPlaces(SOURCE_FILES.osmZip, VILLAGE_PLACE_TYPES);
  const shapes = {
    qenaDesert: Object.keys(QENA_DESERT_SHAPES),
    luxorUnits: Object.keys(LUXOR_UNIT_SHAPES),
    luxorDesert: Object.keys(LUXOR_DESERT_SHAPES),
  };

  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const built = await withTemporaryPostgis(adminDatabaseUrl(), async (db) => {
    await loadSources(db, catalogue, wof, gbShapes);
    const physicalStarted = performance.now();
    await loadPhysical(db, SOURCE_FILES.physical);
    const physicalMs = performance.now() - physicalStarted;
    const assembly = await assemble(db, shapes, SLIVER_MAX_KM2);
    const fillStarted = performance.now();
    const fill = await fillDistricts(db);
    const fillMs = performance.now() - fillStarted;
    const official = await readOfficialDistricts(db, COORDINATE_DECIMALS);
    const simplify = await simplifyTogether(db, SIMPLIFY_TOLERANCES, COORDINATE_DECIMALS);
    const checks = await checkFinalGeometry(db);
    const villages = await locatePlaces(db, places, VILLAGE_GOVERNORATES);
    const withoutDistrict = villages.located.filter((v) => !v.props.district);
    if (withoutDistrict.length > 0) {
      throw new Error(`geodata: places in no district: ${withoutDistrict.map((v) => v.props.osmId).join(', ')}`);
    }
    const listed = new Set(villages.located.map((v) => v.props.osmId));
    const placesRecovered = await countPlacesOutsideOfficial(db, [...listed]);
    const towns = places.filter((p) => BASEMAP_TOWN_TYPES.includes(p.placeType) && !listed.has(p.osmId));
    const basemapStarted = performance.now();
    const basemap = await writeBasemap(db, path.join(OUTPUT_DIR, OUTPUT_FILES.basemap), towns, COORDINATE_DECIMALS);
    const addedMs = physicalMs + fillMs + performance.now() - basemapStarted;
    const geometry = {
      governorates: await readFinalGeometries(db, 'governorate', COORDINATE_DECIMALS),
      districts: await readFinalGeometries(db, 'district', COORDINATE_DECIMALS),
      official,
    };
    return { assembly, fill: { ...fill, placesRecovered }, simplify, checks, villages, geometry, basemap, addedMs };
  });

  const outputs = writeOutputs(OUTPUT_DIR, catalogue, built.geometry, built.villages.located, COORDINATE_DECIMALS);
  writeReadme(OUTPUT_DIR, {
    catalogue,
    outputs,
    assembly: built.assembly,
    simplify: built.simplify,
    checks: built.checks,
    locate: built.villages.report,
    fill: built.fill,
    basemap: built.basemap,
  });

  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `geodata: ${outputs.governorates.length} governorates (${kb(outputs.bytes.governorates)}), ` +
      `${outputs.districts.length} districts (${kb(outputs.bytes.districts)}), ` +
      `${outputs.villages.length} villages (${kb(outputs.bytes.villages)}), ` +
      `basemap ${kb(built.basemap.bytes)} → ${OUTPUT_DIR}`,
  );
  const filledKm2 = built.fill.filled.reduce((sum, f) => sum + f.km2, 0);
  console.log(
    `geodata: districts filled to tile their governorates: ${Math.round(filledKm2).toLocaleString('en-US')} km² ` +
      `given to the nearest district in ${built.fill.filled.length} governorates; Qena desert moved to Luxor ` +
      `${Math.round(built.fill.qenaDesertToLuxorKm2)} km²; places recovered (outside every official district): ` +
      `${built.fill.placesRecovered}; Nile area ${built.basemap.nileKm2} km²`,
  );
  console.log(
    `geodata: built in ${(performance.now() / 1000).toFixed(1)} s, of which ${(built.addedMs / 1000).toFixed(1)} s ` +
      `loading the physical data, filling the districts and writing the basemap`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
