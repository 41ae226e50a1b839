// Reads the CAPMAS 2017 census table (population and area per governorate, keyed by ISO 3166-2).
import fs from 'node:fs';

export interface GovernoratePopulation {
  iso: string;
  nameEn: string;
  areaKm2: number;
  population: number;
}

export const POPULATION_YEAR = 2017;

const EXPECTED_HEADER = 'iso_3166_2,name_en,area_km2,population_2017';

function positiveInteger(text: string, what: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`population csv: bad ${what} "${text}"`);
  return value;
}

/** Rows of population-2017/governorates.csv (plain CSV without quoted fields). */
export function readPopulation2017(file: string): GovernoratePopulation[] {
  const [header, ...lines] = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  if (header?.trim() !== EXPECTED_HEADER) throw new Error(`population csv: unexpected header "${header}"`);
  return lines.map((line) => {
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== 4) throw new Error(`population csv: expected 4 cells in "${line}"`);
    const [iso = '', nameEn = '', area = '', population = ''] = cells;
    return {
      iso,
      nameEn,
      areaKm2: positiveInteger(area, 'area'),
      population: positiveInteger(population, 'population'),
    };
  });
}
