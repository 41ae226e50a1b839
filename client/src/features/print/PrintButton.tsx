// The map toolbar's print button: opens the print layout of the map as it is now.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PrintLegendProps } from './PrintLegend';
import { PrintSheet } from './PrintSheet';

export function PrintButton({ map, legend }: { map: MapLibreMap | null; legend: PrintLegendProps }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="map-tool"
        aria-label={t('print.openLabel')}
        aria-haspopup="dialog"
        disabled={!map}
        onClick={() => setOpen(true)}
        data-testid="print-open"
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path d="M7 3h10v5H7zM4 9h16a1 1 0 0 1 1 1v7h-4v4H7v-4H3v-7a1 1 0 0 1 1-1zm5 7v3h6v-3z" fill="currentColor" />
        </svg>
        {t('print.open')}
      </button>
      {open && map && <PrintSheet map={map} legend={legend} onClose={() => setOpen(false)} />}
    </>
  );
}
