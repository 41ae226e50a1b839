// The printed sheet's geometry: A4 either way round, the frame the map is fitted into, and a scale bar true on paper.
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export interface SizeMm {
  width: number;
  height: number;
}

/** The page margin; the sheet is A4 (297 × 210 mm) without it. */
export const PAGE_MARGIN_MM = 10;
export const SHEET_MM: Record<Orientation, SizeMm> = {
  landscape: { width: 297 - 2 * PAGE_MARGIN_MM, height: 210 - 2 * PAGE_MARGIN_MM },
  portrait: { width: 210 - 2 * PAGE_MARGIN_MM, height: 297 - 2 * PAGE_MARGIN_MM },
};

/** The map's frame: beside the notes on a landscape sheet, above them on a portrait one. */
export const MAP_FRAME_MM: Record<Orientation, SizeMm> = {
  landscape: { width: 200, height: 168 },
  portrait: { width: 190, height: 165 },
};

/** The map picture as large as its frame allows, in the proportions of the map on screen (`screen` in CSS pixels). */
export function printedMapSize(screen: SizeMm, orientation: Orientation): SizeMm & { mmPerPixel: number } {
  const frame = MAP_FRAME_MM[orientation];
  const mmPerPixel = Math.min(frame.width / screen.width, frame.height / screen.height);
  return { width: screen.width * mmPerPixel, height: screen.height * mmPerPixel, mmPerPixel };
}

/** The longest round distance (1, 2 or 5 times a power of ten metres) whose bar is at most `maxMm` long on paper. */
export function scaleBar(metresPerMm: number, maxMm = 40): { metres: number; mm: number } {
  const power = 10 ** Math.floor(Math.log10(metresPerMm * maxMm));
  const metres = [5, 2, 1].map((step) => step * power).find((distance) => distance / metresPerMm <= maxMm) ?? power;
  return { metres, mm: metres / metresPerMm };
}
