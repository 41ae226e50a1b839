// Points the associations' tiles and the links at the current filters, and marks the map element once they are drawn.
import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { LinkCollection } from '../api/queries';
import { showAssociationTiles } from './associations-source';
import { SOURCES } from './style';

/**
 * `data-shown-query` on the map element names the filter query whose associations are drawn: browser tests and the
 * benchmark wait on it rather than on timers. It is set at the first `idle` after the switch, which MapLibre fires
 * only once every tile in view has been loaded for the new URL and nothing moves.
 */
export function useAssociationData(
  map: MapLibreMap | null,
  element: RefObject<HTMLElement | null>,
  shown: { query: string; links: LinkCollection | undefined },
): void {
  const { query, links } = shown;

  useEffect(() => {
    if (!map) return;
    showAssociationTiles(map, query);
    let cancelled = false;
    map.once('idle', () => {
      if (!cancelled && element.current) element.current.dataset.shownQuery = query;
    });
    map.triggerRepaint(); // an idle map fires `idle` again after this frame, when the tiles were already there
    return () => {
      cancelled = true;
    };
  }, [map, element, query]);

  useEffect(() => {
    if (map && links) void map.getSource<GeoJSONSource>(SOURCES.links)?.setData(links);
  }, [map, links]);
}
