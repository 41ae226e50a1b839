// Puts the filtered associations and their links on the map, and marks the map element once they are drawn.
import { useEffect, type RefObject } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { AssociationCollection } from '../../../contracts/association';
import type { LinkCollection } from '../api/queries';
import { showAssociations } from './associations-source';
import { SOURCES } from './style';

/**
 * `data-shown-query` on the map element names the filter query whose associations are drawn: browser tests and the
 * benchmark wait on it rather than on timers. `query` is undefined while the previous result stands in.
 */
export function useAssociationData(
  map: MapLibreMap | null,
  element: RefObject<HTMLElement | null>,
  shown: { query: string | undefined; associations: AssociationCollection | undefined; links: LinkCollection | undefined },
): void {
  const { query, associations, links } = shown;

  useEffect(() => {
    if (!map || !associations || query === undefined) return;
    showAssociations(map, associations);
    let cancelled = false;
    map.once('idle', () => {
      if (!cancelled && element.current) element.current.dataset.shownQuery = query;
    });
    return () => {
      cancelled = true;
    };
  }, [map, element, associations, query]);

  useEffect(() => {
    if (map && links) map.getSource<GeoJSONSource>(SOURCES.links)?.setData(links);
  }, [map, links]);
}
