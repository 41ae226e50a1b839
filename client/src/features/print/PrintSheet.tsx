// The print layout: the current map on an A4 page with its title, date, filters, legend, scale, north arrow and
// sources. Previewed in a dialog; on paper it is all there is (print.css), the page turned as the user chose.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useLanguage } from '../../i18n/use-language';
import { formatDate } from '../../lib/format';
import { ModalDialog } from '../auth/ModalDialog';
import { PAGE_MARGIN_MM, SHEET_MM, type Orientation } from './print-layout';
import { PrintLegend, type PrintLegendProps } from './PrintLegend';
import { PrintMap } from './PrintMap';
import { PrintFilters, PrintSources } from './PrintNotes';
import { PrintToolbar } from './PrintToolbar';
import { useMapSnapshot } from './use-map-snapshot';
import { usePrintTitle } from './use-print-title';
import './print.css';

interface PrintSheetProps {
  map: MapLibreMap;
  legend: PrintLegendProps;
  onClose: () => void;
}

export function PrintSheet({ map, legend, onClose }: PrintSheetProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const snapshot = useMapSnapshot(map);
  const title = usePrintTitle();
  const sheet = SHEET_MM[orientation];

  // In <body>, beside #root, so that print.css can leave the app itself off the paper.
  return createPortal(
    <ModalDialog title={t('print.dialogTitle')} onClose={onClose} wide testId="print-dialog">
      <style>{`@page { size: A4 ${orientation}; margin: ${PAGE_MARGIN_MM}mm; }`}</style>
      <PrintToolbar orientation={orientation} onOrientation={setOrientation} ready={snapshot !== undefined} />
      <div className="print-preview">
        <article
          className="print-page"
          data-orientation={orientation}
          data-ready={snapshot ? 'true' : 'false'}
          style={{ width: `${sheet.width}mm`, height: `${sheet.height}mm` }}
          data-testid="print-sheet"
        >
          <header className="print-head">
            <h1 data-testid="print-title">{title}</h1>
            <p data-testid="print-date">{t('print.date', { date: formatDate(new Date().toISOString(), language) })}</p>
          </header>
          <div className="print-body">
            <PrintMap snapshot={snapshot} orientation={orientation} title={title} />
            <div className="print-notes">
              <PrintFilters />
              <PrintLegend {...legend} language={language} />
              <PrintSources language={language} />
            </div>
          </div>
        </article>
      </div>
    </ModalDialog>,
    document.body,
  );
}
