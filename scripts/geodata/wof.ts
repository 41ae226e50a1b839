// Reads the Who's On First Egypt records (regions = governorates, counties = markaz/kism) into plain typed records.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { geometrySchema } from './geojson-schema';
import type { Geometry } from './types';

export interface WofRecord {
  wofId: number;
  placetype: 'region' | 'county';
  name: string;
  nameAr: string | null;
  nameEn: string | null;
  iso: string | null;
  hasc: string | null;
  /** `statoids:statoid`: the HASC id that the record's 2006 population figure belongs to. */
  statoid: string | null;
  placetypeLocal: string | null;
  population: number | null;
  populationSource: string | null;
  populationDate: string | null;
  regionId: number | null;
  isCurrent: boolean;
  geometry: Geometry;
}

const firstString = z
  .array(z.string())
  .optional()
  .transform((v) => v?.[0] ?? null);

const wofFeatureSchema = z.object({
  type: z.literal('Feature'),
  geometry: geometrySchema,
  properties: z.object({
    'wof:id': z.number().int(),
    'wof:placetype': z.string(),
    'wof:name': z.string(),
    'name:ara_x_preferred': firstString,
    'name:eng_x_preferred': firstString,
    'wof:concordances': z.record(z.string(), z.unknown()).optional(),
    'statoids:statoid': z.string().optional(),
    'wof:placetype_local': z.string().optional(),
    'wof:population': z.number().optional(),
    'src:population': z.string().optional(),
    'src:population_date': z.string().optional(),
    'wof:hierarchy': z.array(z.object({ region_id: z.number().optional() })).optional(),
    'mz:is_current': z.number().optional(),
  }),
});

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function listGeoJsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.geojson'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** All WOF region and county records under `dataDir` (country and locality records are skipped). */
export function readWofAdmin(dataDir: string): WofRecord[] {
  const records: WofRecord[] = [];
  for (const file of listGeoJsonFiles(dataDir)) {
    const feature = wofFeatureSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    const p = feature.properties;
    const placetype = p['wof:placetype'];
    if (placetype !== 'region' && placetype !== 'county') continue;
    const population = p['wof:population'];
    records.push({
      wofId: p['wof:id'],
      placetype,
      name: p['wof:name'].trim(),
      nameAr: stringOrNull(p['name:ara_x_preferred']),
      nameEn: stringOrNull(p['name:eng_x_preferred']),
      iso: stringOrNull(p['wof:concordances']?.['iso:code']),
      hasc: stringOrNull(p['wof:concordances']?.['hasc:id']),
      statoid: stringOrNull(p['statoids:statoid']),
      placetypeLocal: stringOrNull(p['wof:placetype_local']),
      population: population !== undefined && population > 0 ? Math.round(population) : null,
      populationSource: stringOrNull(p['src:population']),
      populationDate: stringOrNull(p['src:population_date']),
      regionId: p['wof:hierarchy']?.[0]?.region_id ?? null,
      isCurrent: p['mz:is_current'] !== 0,
      geometry: feature.geometry,
    });
  }
  return records;
}
