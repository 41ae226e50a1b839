// The scale bar over the printed map: a round distance, and a bar that long at the scale the map is printed at.
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { scaleBar } from './print-layout';

export function PrintScaleBar({ metresPerMm }: { metresPerMm: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { metres, mm } = scaleBar(metresPerMm);
  const label =
    metres >= 1000
      ? t('print.km', { value: formatNumber(metres / 1000, language) })
      : t('print.m', { value: formatNumber(metres, language) });
  return (
    <div className="print-scale" data-testid="print-scale" data-metres={metres}>
      <span className="print-scale-bar" style={{ width: `${mm}mm` }} aria-hidden="true" />
      <bdi>{label}</bdi>
    </div>
  );
}
