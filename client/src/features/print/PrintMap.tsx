// The map on the sheet: the snapshot as large as its frame allows, with the north arrow and scale bar over its corners.
import { useTranslation } from 'react-i18next';
import { MAP_FRAME_MM, printedMapSize, type Orientation } from './print-layout';
import { PrintNorthArrow } from './PrintNorthArrow';
import { PrintScaleBar } from './PrintScaleBar';
import type { MapSnapshot } from './use-map-snapshot';

interface PrintMapProps {
  snapshot: MapSnapshot | undefined;
  orientation: Orientation;
  title: string;
}

export function PrintMap({ snapshot, orientation, title }: PrintMapProps) {
  const { t } = useTranslation();
  if (!snapshot) {
    const frame = MAP_FRAME_MM[orientation];
    return (
      <p className="print-map state" style={{ width: `${frame.width}mm`, height: `${frame.height}mm` }}>
        {t('status.loading')}
      </p>
    );
  }
  const size = printedMapSize(snapshot, orientation);
  return (
    <figure className="print-map" style={{ width: `${size.width}mm`, height: `${size.height}mm` }}>
      <img src={snapshot.image} alt={title} data-testid="print-map-image" />
      <PrintNorthArrow bearing={snapshot.bearing} />
      <PrintScaleBar metresPerMm={snapshot.metresPerPixel / size.mmPerPixel} />
    </figure>
  );
}
