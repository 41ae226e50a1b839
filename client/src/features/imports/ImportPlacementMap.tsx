// The dry run's rows on a small map over the basemap, coloured by how precisely each was placed (its own point, its
// village's, a point inside its district; a red ring where the row has an error), fitted to the rows.
import { useQuery } from '@tanstack/react-query';
import type { FeatureCollection, Point } from 'geojson';
import { LngLatBounds, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson } from '../../api/http';
import { useLanguage } from '../../i18n/use-language';
import { createMap, DEFAULT_VIEW } from '../../map/create-map';
import { createPreviewStyle, PREVIEW_SOURCE } from '../../map/style';
import { useMapState } from '../../map/use-map-state';

type Preview = FeatureCollection<Point, { row: number; precision: string; valid: boolean }>;

function usePreviewMap(container: RefObject<HTMLDivElement | null>): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, DEFAULT_VIEW, createPreviewStyle());
    created.once('load', () => setMap(created));
    return () => {
      setMap(null);
      created.remove();
    };
  }, [container]);
  return map;
}

export function ImportPlacementMap({ importId }: { importId: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const container = useRef<HTMLDivElement>(null);
  const map = usePreviewMap(container);
  const preview = useQuery({
    queryKey: ['import-placement', importId],
    queryFn: ({ signal }) => getJson<Preview>(`/api/imports/${importId}/placement.geojson`, signal),
  });
  useMapState(map, { language, governorates: [] });

  useEffect(() => {
    const rows = preview.data;
    if (!map || !rows) return;
    void map.getSource<GeoJSONSource>(PREVIEW_SOURCE)?.setData(rows);
    if (rows.features.length === 0) return;
    const bounds = new LngLatBounds();
    for (const feature of rows.features) bounds.extend(feature.geometry.coordinates as [number, number]);
    map.fitBounds(bounds, { padding: 30, maxZoom: 12, duration: 0 });
  }, [map, preview.data]);

  return (
    <div
      ref={container}
      className="import-preview-map"
      data-testid="import-preview-map"
      data-rows={preview.data?.features.length ?? ''}
      role="img"
      aria-label={t('imports.previewMap')}
    />
  );
}
