// Exports of the filtered associations: GET /api/associations/export?format=…&<the list's filters>.
import { z } from 'zod';
import { single } from './query-params';

export const EXPORT_FORMATS = ['csv', 'geojson', 'gpkg', 'shp'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export holds at most this many associations; more is refused with a 400 asking for narrower filters. */
export const EXPORT_MAX_ROWS = 200_000;

export const EXPORT_PATH = '/api/associations/export';

/** The `format` parameter; every other parameter is one of the association filters (contracts/association-filters.ts). */
export const exportFormatQuery = z.strictObject({
  format: single(z.enum(EXPORT_FORMATS))
    .default('csv')
    .meta({ description: 'csv (UTF-8 with BOM), geojson, gpkg (GeoPackage) or shp (zipped shapefile with .cpg)' }),
});
