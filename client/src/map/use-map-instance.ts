// Owns the one MapLibre instance: created on mount, handed out once its style has loaded, removed on unmount.
import { useEffect, useState, type RefObject } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMap, type MapView } from './create-map';
import { createStyle } from './style';

declare global {
  interface Window {
    /** The live map, for browser tests and the benchmark (queryRenderedFeatures). */
    __atlasMap?: MapLibreMap;
  }
}

export function useMapInstance(
  container: RefObject<HTMLDivElement | null>,
  initialView: MapView,
  initialQuery: string,
): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, initialView, createStyle(initialQuery));
    created.once('load', () => {
      window.__atlasMap = created;
      setMap(created);
    });
    return () => {
      setMap(null);
      if (window.__atlasMap === created) delete window.__atlasMap;
      created.remove();
    };
    // The initial view and query are read once; later ones are the camera's and useAssociationData's business.
  }, [container]);

  return map;
}
