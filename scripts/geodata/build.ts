// `npm run geodata`: derives geodata/{governorates,districts,villages}.geojson + README from the raw sources.
import fs from 'node:fs';
import { buildCatalogue } from './catalogue';
import { QENA_ISO } from './corrections';
import { checkFinalGeometry, qenaPlacesNearestToLuxor } from './checks';
import {
  adminDatabaseUrl,
  COORDINATE_DECIMALS,
  OUTPUT_DIR,
  SIMPLIFY_TOLERANCES,
  SLIVER_MAX_KM2,
  SOURCE_FILES,
  VILLAGE_GOVERNORATES,
  VILLAGE_PLACE_TYPES,
} from './config';
import { allUsedShapes, LUXOR_DESERT_SHAPES, LUXOR_UNIT_SHAPES, QENA_DESERT_SHAPES, readGbShapes } from './geoboundaries';
import { assemble } from './geometry-assemble';
import { loadSources } from './geometry-load';
import { readFinalGeometries, simplifyTogether } from './geometry-simplify';
import { locatePlaces } from './locate-places';
import { readOsmPlaces } from './osm-places';
import { writeOutputs } from './outputs';
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

  const built = await withTemporaryPostgis(adminDatabaseUrl(), async (db) => {
    await loadSources(db, catalogue, wof, gbShapes);
    const assembly = await assemble(db, shapes, SLIVER_MAX_KM2);
    const simplify = await simplifyTogether(db, SIMPLIFY_TOLERANCES, COORDINATE_DECIMALS);
    const checks = await checkFinalGeometry(db);
    const villages = await locatePlaces(db, places, VILLAGE_GOVERNORATES);
    const qenaWithoutDistrict = villages.located.filter((v) => v.props.governorate === QENA_ISO && !v.props.district);
    const nearLuxor = await qenaPlacesNearestToLuxor(db, qenaWithoutDistrict.map((v) => v.props.osmId));
    const geometry = {
      governorates: await readFinalGeometries(db, 'governorate', COORDINATE_DECIMALS),
      districts: await readFinalGeometries(db, 'district', COORDINATE_DECIMALS),
    };
    return { assembly, simplify, checks, villages, nearLuxor, geometry };
  });

  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const outputs = writeOutputs(OUTPUT_DIR, catalogue, built.geometry, built.villages.located, COORDINATE_DECIMALS);
  writeReadme(OUTPUT_DIR, {
    catalogue,
    outputs,
    assembly: built.assembly,
    simplify: built.simplify,
    checks: built.checks,
    locate: built.villages.report,
    nearLuxor: built.nearLuxor,
  });

  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `geodata: ${outputs.governorates.length} governorates (${kb(outputs.bytes.governorates)}), ` +
      `${outputs.districts.length} districts (${kb(outputs.bytes.districts)}), ` +
      `${outputs.villages.length} villages (${kb(outputs.bytes.villages)}) → ${OUTPUT_DIR}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
