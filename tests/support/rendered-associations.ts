// Counts what the map has actually drawn in its associations layers, for the browser tests and the map benchmark.
import type { Page } from 'playwright-core';

export interface RenderedAssociations {
  /** Associations drawn, counting each cluster as the associations it stands for. */
  total: number;
  civil: number;
  central: number;
  clusters: number;
}

/**
 * Single associations are de-duplicated by id across tile edges (a tile repeats its neighbours' points in its
 * buffer); a cluster belongs to one tile only and is keyed by its position.
 */
export function renderedAssociations(page: Page): Promise<RenderedAssociations> {
  return page.evaluate(() => {
    const map = window.__atlasMap;
    if (!map) throw new Error('the map is not exposed on window.__atlasMap');
    const layers = ['associations-clusters', 'associations-civil', 'associations-central'];
    const seen = new Map<string, { layer: string; count: number }>();
    for (const feature of map.queryRenderedFeatures({ layers })) {
      const cluster = feature.layer.id === 'associations-clusters';
      const key = cluster ? `c${JSON.stringify(feature.geometry)}` : `a${String(feature.id)}`;
      seen.set(key, { layer: feature.layer.id, count: cluster ? Number(feature.properties.count) : 1 });
    }
    // No named inner functions: tsx (the benchmark) would wrap them in a helper the page does not have.
    const drawn = { total: 0, civil: 0, central: 0, clusters: 0 };
    for (const { layer, count } of seen.values()) {
      drawn.total += count;
      if (layer === 'associations-civil') drawn.civil += count;
      else if (layer === 'associations-central') drawn.central += count;
      else drawn.clusters += 1;
    }
    return drawn;
  });
}
