// Switches the map's ground to the deployment's own PMTiles extract when the server has one (BASEMAP_PMTILES):
// the archive is read through the pmtiles protocol with range requests to this host, its layers put where the
// built-in ground was, which is hidden. Nothing changes when the server has none.
import { useEffect } from 'react';
import { addProtocol, type Map as MapLibreMap } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { useBasemapSetting } from '../api/queries';
import type { Language } from '../i18n/i18n';
import { ARCHIVE_SOURCE, archiveLayers, BUILTIN_GROUND_LAYERS } from './archive-layers';

let protocolAdded = false;

function addPmtilesProtocol(): void {
  if (protocolAdded) return;
  addProtocol('pmtiles', new Protocol().tile);
  protocolAdded = true;
}

/** Where each part of the extract goes in the atlas's own layer order. */
const BEFORE = { ground: 'governorates-fill', overlay: 'districts-line', labels: 'governorates-label' } as const;

export function useBasemapArchive(map: MapLibreMap | null, language: Language): void {
  const setting = useBasemapSetting().data;
  const url = setting?.source === 'pmtiles' ? setting.url : undefined;

  useEffect(() => {
    if (!map || !url) return;
    addPmtilesProtocol();
    map.addSource(ARCHIVE_SOURCE, {
      type: 'vector',
      url: `pmtiles://${window.location.origin}${url}`,
    });
    const parts = archiveLayers(language);
    const added = (Object.keys(BEFORE) as (keyof typeof BEFORE)[]).flatMap((part) =>
      parts[part].map((layer) => {
        map.addLayer(layer, BEFORE[part]);
        return layer.id;
      }),
    );
    for (const id of BUILTIN_GROUND_LAYERS) map.setLayoutProperty(id, 'visibility', 'none');
    map.getContainer().dataset.basemap = 'pmtiles';
    return () => {
      for (const id of added) map.removeLayer(id);
      map.removeSource(ARCHIVE_SOURCE);
      for (const id of BUILTIN_GROUND_LAYERS) map.setLayoutProperty(id, 'visibility', 'visible');
      delete map.getContainer().dataset.basemap;
    };
  }, [map, url, language]);
}
