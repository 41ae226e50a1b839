// Renders geodata/README.md from README.template.md and the build's figures, and copies the licence files.
import fs from 'node:fs';
import path from 'node:path';
import type { Catalogue } from './catalogue';
import type { CheckReport } from './checks';
import { SLIVER_MAX_KM2, SOURCE_FILES } from './config';
import { QENA_ISO } from './corrections';
import type { BasemapReport } from './basemap';
import type { AssemblyReport } from './geometry-assemble';
import type { FillReport } from './geometry-fill';
import type { SimplifyReport } from './geometry-simplify';
import type { LocateReport } from './locate-places';
import { OUTPUT_FILES, type OutputSummary } from './outputs';

export interface ReadmeInput {
  catalogue: Catalogue;
  outputs: OutputSummary;
  assembly: AssemblyReport;
  simplify: SimplifyReport;
  checks: CheckReport;
  locate: LocateReport;
  fill: FillReport & { placesRecovered: number };
  basemap: BasemapReport;
}

const TEMPLATE = path.join(__dirname, 'README.template.md');

const num = (n: number | null): string => (n === null ? '—' : n.toLocaleString('en-US'));
const cell = (v: string | number | null): string =>
  v === null ? '—' : typeof v === 'number' ? num(v) : v.replace(/\|/g, '\\|');

function table(header: string[], body: (string | number | null)[][]): string {
  if (body.length === 0) return '_none_';
  const line = (cells: (string | number | null)[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...body.map(line)].join('\n');
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function blocks(input: ReadmeInput): Record<string, string> {
  const { catalogue, outputs, assembly, simplify, checks, locate } = input;
  const districtsPerGov = countBy(outputs.districts, (d) => d.governorate);
  const villagesPerDistrict = countBy(outputs.villages, (v) => v.district ?? `none:${v.governorate}`);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  const totalBytes = Object.values(outputs.bytes).reduce((a, b) => a + b, 0);

  return {
    FILES_TABLE: table(
      ['file', 'features', 'size'],
      [
        [OUTPUT_FILES.governorates, outputs.governorates.length, kb(outputs.bytes.governorates)],
        [OUTPUT_FILES.districts, outputs.districts.length, kb(outputs.bytes.districts)],
        [OUTPUT_FILES.villages, outputs.villages.length, kb(outputs.bytes.villages)],
        [OUTPUT_FILES.districtsOfficial, null, kb(outputs.bytes.districtsOfficial)],
        [
          OUTPUT_FILES.basemap,
          Object.values(input.basemap.features).reduce((a, b) => a + b, 0),
          kb(input.basemap.bytes),
        ],
        ['total', null, kb(totalBytes + input.basemap.bytes)],
      ],
    ),
    GOVERNORATES_TABLE: table(
      ['code', 'hasc', 'nameAr', 'nameEn', 'population 2017', 'areaKm2 (census)', 'polygon km²', 'districts'],
      outputs.governorates.map((g) => [
        g.code,
        g.hasc,
        g.nameAr,
        g.nameEn,
        g.population,
        g.areaKm2,
        checks.areaKm2[g.code] ?? null,
        districtsPerGov.get(g.code) ?? 0,
      ]),
    ),
    QENA_DISTRICTS_TABLE: table(
      ['code', 'nameAr', 'nameEn', 'population 2006', 'villages'],
      [
        ...outputs.districts
          .filter((d) => d.governorate === QENA_ISO)
          .map((d) => [d.code, d.nameAr, d.nameEn, d.population, villagesPerDistrict.get(d.code) ?? 0]),
      ],
    ),
    VILLAGE_COUNTS: [
      table(
        ['governorate', 'places', 'in a district', 'no district', ...['city', 'town', 'village', 'hamlet', 'locality']],
        [...countBy(outputs.villages, (v) => v.governorate).entries()].sort().map(([gov, total]) => {
          const mine = outputs.villages.filter((v) => v.governorate === gov);
          const types = countBy(mine, (v) => v.placeType);
          return [
            gov,
            total,
            mine.filter((v) => v.district).length,
            mine.filter((v) => !v.district).length,
            ...['city', 'town', 'village', 'hamlet', 'locality'].map((t) => types.get(t) ?? 0),
          ];
        }),
      ),
      '',
      `${outputs.villages.filter((v) => v.population !== null).length} places have a population, ` +
        `${outputs.villages.filter((v) => v.nameAr === null).length} have no Arabic name and ` +
        `${outputs.villages.filter((v) => v.nameEn === null).length} no English name.`,
    ].join('\n'),
    SLIVER_KM2: String(SLIVER_MAX_KM2),
    DESERT_PARTS: table(
      ['km²', 'went to', 'inhabited COD units it touches'],
      assembly.desertParts.map((p) => [p.km2, p.owner, p.borders || '—']),
    ),
    LEFTOVER: table(
      ['km²', 'went to'],
      assembly.leftover.map((l) => [l.km2, l.owner ?? 'nobody (no shared border)']),
    ),
    CLIPPED: [
      table(
        ['layer', 'code', 'km² removed'],
        assembly.clipped.map((c) => [c.layer, c.code, c.removedKm2]),
      ),
      assembly.emptied.length > 0
        ? `\nRemoved entirely (inside the new Qena/Luxor): ${assembly.emptied.join(', ')}.`
        : '',
    ].join(''),
    NAME_CORRECTIONS: table(
      ['code', 'field', 'WOF', 'here'],
      catalogue.nameCorrections.map((c) => [c.code, c.field, c.from, c.to]),
    ),
    RECODED_TABLE: table(
      ['code', 'WOF name', 'governorate', 'WOF HASC', 'why'],
      catalogue.recoded.map((r) => [r.code, r.name, r.governorate, r.wofHasc, r.reason]),
    ),
    SWAPS: catalogue.swaps.join('; '),
    DROPPED_TABLE: table(
      ['WOF id', 'name', 'reason'],
      catalogue.dropped.map((d) => [String(d.wofId), d.name, d.reason]),
    ),
    CHECKS: [
      `* All polygons are valid, non-empty MultiPolygons after rounding ` +
        `(checked in PostGIS on the written coordinates).`,
      `* Simplification: the district polygons are loaded into one PostGIS topology (shared borders become shared ` +
        `edges), every edge is simplified with Douglas-Peucker (first tolerance that does not make it cross another ` +
        `edge): ${num(simplify.edges)} edges, ${num(simplify.vertices.before)} → ` +
        `${num(simplify.vertices.after)} vertices; ${simplify.unsimplifiedEdges} edges kept as they were` +
        (simplify.coarserSnap.length
          ? `; snapped at 1 m to enter the topology: ${simplify.coarserSnap.join(', ')}. `
          : '. ') +
        `Each edge is then rounded to the output grid once, the rounded lines are noded and polygonised, and each ` +
        `face goes to the district it lies in, so neighbours keep identical borders and never overlap (rounding ` +
        `each polygon on its own shifted long desert edges across their neighbours' nodes). A governorate is the ` +
        `union of its districts.`,
      `* Overlap between governorate polygons: ${checks.governorateOverlapKm2} km² in total.`,
      `* Every Qena district's point-on-surface lies in exactly one governorate, Qena; the test point ` +
        `32.7167 E 26.1642 N (Qena city) lies in EG-KN and EG.QN.QM.`,
      `* Places found in two governorates: ${locate.ambiguousGovernorate}; ` +
        `in a governorate but no district: ${locate.withoutDistrict}.`,
      `* Districts reaching more than 0.5 km² outside their governorate polygon ` +
        `(WOF county and region lines differ): ` +
        (checks.districtsOutsideGovernorate.map((d) => `${d.code} ${d.outsideKm2} km²`).join(', ') || 'none') +
        '.',
    ].join('\n'),
    FILLED: table(
      ['governorate', 'km² given to the nearest district', 'districts that grew'],
      input.fill.filled.map((f) => [f.governorate, f.km2, f.districts]),
    ),
    FILL_FIGURES: [
      `* Qena desert within 10 km of the valley and nearer a Luxor district, moved to Luxor first: ` +
        `${num(Math.round(input.fill.qenaDesertToLuxorKm2))} km².`,
      `* Overlaps between districts given to the smaller district: ${input.fill.overlapKm2.toFixed(2)} km²; ` +
        `governorate polygon area held by another governorate's district, given up to it: ` +
        `${input.fill.givenToForeignDistrictsKm2.toFixed(2)} km²; filled twice where two governorate polygons ` +
        `overlapped, given to the smaller district: ${input.fill.filledOverlapKm2.toFixed(2)} km².`,
      `* Places of villages.geojson that lie in no official district polygon, now in the nearest one: ` +
        `${input.fill.placesRecovered}.`,
    ].join('\n'),
    BASEMAP_TABLE: table(
      ['layer', 'features'],
      Object.entries(input.basemap.features).map(([layer, n]) => [layer, n]),
    ),
    NILE_KM2: num(input.basemap.nileKm2),
  };
}

export function writeReadme(outputDir: string, input: ReadmeInput): void {
  const values = blocks(input);
  const text = fs.readFileSync(TEMPLATE, 'utf8').replace(/\{\{([A-Z_0-9]+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`readme: no value for {{${key}}}`);
    return value;
  });
  fs.writeFileSync(path.join(outputDir, 'README.md'), text, 'utf8');
  fs.mkdirSync(path.join(outputDir, 'licences'), { recursive: true });
  // Read + write rather than copy: the source files are read-only and their mode must not follow.
  const licence = path.join(outputDir, 'licences', 'WOF-LICENSE.md');
  fs.rmSync(licence, { force: true });
  fs.writeFileSync(licence, fs.readFileSync(SOURCE_FILES.wofLicence));
}
