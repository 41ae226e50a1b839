// Reads geoBoundaries EGY ADM2 (OCHA/CAPMAS markaz/kism polygons) and names the shapes that make today's Qena and
// Luxor.
import fs from 'node:fs';
import { z } from 'zod';
import { geometrySchema } from './geojson-schema';
import type { Geometry } from './types';

export interface GbShape {
  shapeId: string;
  shapeName: string;
  geometry: Geometry;
}

const gbSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      properties: z.object({ shapeID: z.string(), shapeName: z.string() }),
      geometry: geometrySchema,
    }),
  ),
});

/** shapeID → expected shapeName, so a changed source file fails loudly instead of silently picking other shapes. */
type ShapeList = Readonly<Record<string, string>>;

/**
 * The nine markaz of today's Qena (SOURCES.md §1), keyed by their WOF HASC id. Qena markaz = both `Qina` +
 * `Qina City`.
 */
export const QENA_DISTRICT_SHAPES: Readonly<Record<string, ShapeList>> = {
  'EG.QN.QM': {
    '37247803B17837872993253': 'Qina',
    '37247803B63367317087021': 'Qina',
    '37247803B94417968817411': 'Qina City',
  },
  'EG.QN.AT': { '37247803B97823956456767': 'Abu Tisht' },
  'EG.QN.FR': { '37247803B34364320668484': 'Farshut' },
  'EG.QN.NH': { '37247803B20461221508658': 'Nag Hammadi' },
  'EG.QN.QJ': { '37247803B58798403168141': 'Dishna' },
  'EG.QN.WA': { '37247803B80470796626605': 'Al Waqf' },
  'EG.QN.QA': { '37247803B3351007317987': 'Qift' },
  'EG.QN.QS': { '37247803B95427647060127': 'Qus' },
  'EG.QN.NE': { '37247803B87719226438942': 'Naqada' },
};

/**
 * Qena's desert outside village lands (`Zemam Out`). It still has the pre-2009 extent, i.e. also the desert beside
 * Armant, Esna and Luxor; it is part of the governorate polygon and of no district.
 */
export const QENA_DESERT_SHAPES: ShapeList = { '37247803B70962807620148': 'Zemam Out' };

/** Markaz moved from Qena to Luxor in Dec 2009 (the COD source still lists them under Qena). */
export const MOVED_TO_LUXOR_SHAPES: Readonly<Record<'armant' | 'esna', ShapeList>> = {
  armant: { '37247803B28192113145833': 'Armant' },
  esna: { '37247803B29149830762978': 'Isna' },
};

/** Luxor's own inhabited COD units, added to WOF's (city-only) Luxor region. */
export const LUXOR_UNIT_SHAPES: ShapeList = {
  '37247803B46466496002040': 'Luxor',
  '37247803B96963536963151': 'Luxor',
  '37247803B46763181924450': 'Tiba police station',
};

/** Luxor's desert (379 km² east of Luxor): it borders only Luxor units and Qena's desert, so it is clearly Luxor's. */
export const LUXOR_DESERT_SHAPES: ShapeList = { '37247803B68668933434677': 'Zemam Out' };

/** Reads the shapes listed in `wanted`, checking each exists once with the expected name. */
export function readGbShapes(file: string, wanted: ShapeList): GbShape[] {
  const collection = gbSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const shapes: GbShape[] = [];
  for (const [shapeId, expectedName] of Object.entries(wanted)) {
    const matches = collection.features.filter((f) => f.properties.shapeID === shapeId);
    const found = matches[0];
    if (matches.length !== 1 || !found) {
      throw new Error(`geoBoundaries: expected one shape ${shapeId}, found ${matches.length}`);
    }
    if (found.properties.shapeName !== expectedName) {
      throw new Error(`geoBoundaries: shape ${shapeId} is "${found.properties.shapeName}", expected "${expectedName}"`);
    }
    shapes.push({ shapeId, shapeName: found.properties.shapeName, geometry: found.geometry });
  }
  return shapes;
}

/** All shapes the build uses, as one list. */
export function allUsedShapes(): ShapeList {
  const lists = [
    ...Object.values(QENA_DISTRICT_SHAPES),
    QENA_DESERT_SHAPES,
    ...Object.values(MOVED_TO_LUXOR_SHAPES),
    LUXOR_UNIT_SHAPES,
    LUXOR_DESERT_SHAPES,
  ];
  return Object.fromEntries(lists.flatMap((list) => Object.entries(list)));
}
