// The ordered list of migrations, given to knex as a migration source so it works under tsx and jest alike.
import type { Knex } from 'knex';
import * as extensions from './20261123_01_extensions';
import * as boundaries from './20261123_02_boundaries';
import * as locateInDistrict from './20261123_03_locate-in-district';
import * as vocabularies from './20261123_04_vocabularies';
import * as associations from './20261123_05_associations';
import * as associationDetails from './20261123_06_association-details';
import * as socialUnits from './20261123_07_social-units';
import * as search from './20261123_08_search';
import * as accounts from './20261123_09_accounts';
import * as auditAndVersions from './20261123_10_audit-and-versions';
import * as imports from './20261124_01_imports';
import * as tilesDataVersion from './20261125_01_tiles-data-version';
import * as tilesAssociationGrid from './20261125_02_tiles-association-grid';
import * as tilesGridToZoom13 from './20261125_03_tiles-grid-to-zoom-13';
import * as placesInGovernorates from './20261126_01_places-in-governorates';
import * as associationFacets from './20261201_01_association-facets';
import * as tilesFacetGrid from './20261201_02_tiles-facet-grid';
import * as searchWords from './20261201_21_search-words';
import * as dropSearchTextTrigrams from './20261201_22_drop-search-text-trigrams';
import * as coveringDetailIndexes from './20261201_23_covering-detail-indexes';
import * as cooperatingGeomIndex from './20261201_24_cooperating-geom-index';
import * as partnerRanking from './20261202_01_partner-ranking';
import * as statsCells from './20261202_02_stats-cells';
import * as gridTriggerHashJoin from './20261202_03_grid-trigger-hash-join';
import * as basemap from './20261204_01_basemap';
import * as registryImport from './20261204_02_registry-import';
import * as restorablePlaceKeys from './20261206_01_restorable-place-keys';
import * as loginDevices from './20261206_02_login-devices';
import * as interruptedImports from './20261206_03_interrupted-imports';
import * as importErrorCodes from './20261207_01_import-error-codes';
import * as gridRollUp from './20261207_02_grid-roll-up';

const MIGRATIONS: Record<string, Knex.Migration> = {
  '20261123_01_extensions': extensions,
  '20261123_02_boundaries': boundaries,
  '20261123_03_locate-in-district': locateInDistrict,
  '20261123_04_vocabularies': vocabularies,
  '20261123_05_associations': associations,
  '20261123_06_association-details': associationDetails,
  '20261123_07_social-units': socialUnits,
  '20261123_08_search': search,
  '20261123_09_accounts': accounts,
  '20261123_10_audit-and-versions': auditAndVersions,
  '20261124_01_imports': imports,
  '20261125_01_tiles-data-version': tilesDataVersion,
  '20261125_02_tiles-association-grid': tilesAssociationGrid,
  '20261125_03_tiles-grid-to-zoom-13': tilesGridToZoom13,
  '20261126_01_places-in-governorates': placesInGovernorates,
  '20261201_01_association-facets': associationFacets,
  '20261201_02_tiles-facet-grid': tilesFacetGrid,
  '20261201_21_search-words': searchWords,
  '20261201_22_drop-search-text-trigrams': dropSearchTextTrigrams,
  '20261201_23_covering-detail-indexes': coveringDetailIndexes,
  '20261201_24_cooperating-geom-index': cooperatingGeomIndex,
  '20261202_01_partner-ranking': partnerRanking,
  '20261202_02_stats-cells': statsCells,
  '20261202_03_grid-trigger-hash-join': gridTriggerHashJoin,
  '20261204_01_basemap': basemap,
  '20261204_02_registry-import': registryImport,
  '20261206_01_restorable-place-keys': restorablePlaceKeys,
  '20261206_02_login-devices': loginDevices,
  '20261206_03_interrupted-imports': interruptedImports,
  '20261207_01_import-error-codes': importErrorCodes,
  '20261207_02_grid-roll-up': gridRollUp,
};

export const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: () => Promise.resolve(Object.keys(MIGRATIONS)),
  getMigrationName: (name) => name,
  getMigration: (name) => {
    const migration = MIGRATIONS[name];
    return migration ? Promise.resolve(migration) : Promise.reject(new Error(`unknown migration ${name}`));
  },
};
