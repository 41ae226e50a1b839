// Copies the MapLibre/Mapbox RTL text plugin and its BSD-2 licence from node_modules into
// client/public/vendor/, so the client loads it from its own origin at /vendor/mapbox-gl-rtl-text.js.
import fs from 'node:fs';
import path from 'node:path';
import { VENDOR_DIR } from './config';

/** Returns the paths written. */
export function copyRtlPlugin(): string[] {
  // The package's only export is ./src/index.js; its root is one folder up from there.
  const packageDir = path.resolve(path.dirname(require.resolve('@mapbox/mapbox-gl-rtl-text')), '..');
  const copies: [string, string][] = [
    [path.join(packageDir, 'dist', 'mapbox-gl-rtl-text.js'), path.join(VENDOR_DIR, 'mapbox-gl-rtl-text.js')],
    [path.join(packageDir, 'LICENSE.md'), path.join(VENDOR_DIR, 'LICENSE-mapbox-gl-rtl-text.txt')],
  ];
  fs.mkdirSync(VENDOR_DIR, { recursive: true });
  for (const [from, to] of copies) fs.copyFileSync(from, to);
  return copies.map(([, to]) => to);
}
