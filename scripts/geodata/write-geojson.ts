// Writes RFC 7946 FeatureCollections with one Feature per line (small, diff-friendly files).
import fs from 'node:fs';
import type { Feature, Geometry } from './types';

/** Writes the collection and returns its size in bytes. */
export function writeFeatureCollection<P>(file: string, features: ReadonlyArray<Feature<P>>): number {
  const body = features
    .map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }))
    .join(',\n');
  const text = `{"type":"FeatureCollection","features":[\n${body}\n]}\n`;
  fs.writeFileSync(file, text, 'utf8');
  return Buffer.byteLength(text, 'utf8');
}

/** A GeoJSON Point rounded to `decimals`. */
export function point(lon: number, lat: number, decimals: number): Geometry {
  const round = (v: number): number => Number(v.toFixed(decimals));
  return { type: 'Point', coordinates: [round(lon), round(lat)] };
}
