// GET /api/basemap: which ground the map draws — the built-in one (/tiles/basemap) or the deployment's own
// OpenStreetMap extract, a PMTiles archive in the Protomaps basemap schema served from this host.
import { z } from 'zod';

export const BASEMAP_ARCHIVE_PATH = '/basemap/archive.pmtiles';

export const basemapSetting = z.discriminatedUnion('source', [
  z.object({ source: z.literal('builtin') }),
  z.object({ source: z.literal('pmtiles'), url: z.literal(BASEMAP_ARCHIVE_PATH) }),
]);
export type BasemapSetting = z.infer<typeof basemapSetting>;
