// The legend on paper: the layers switched on now, each with the keys the legend over the map shows for it.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/i18n';
import { MapLegendKeys } from '../../map/MapLegendKeys';
import { LAYER_GROUPS, type LayerGroup } from '../../map/style';
import type { LayerVisibility } from '../../map/use-layer-visibility';

export interface PrintLegendProps {
  visibility: LayerVisibility;
  choroplethMax: number;
}

export function PrintLegend({ visibility, choroplethMax, language }: PrintLegendProps & { language: Language }) {
  const { t } = useTranslation();
  const shown = (Object.keys(LAYER_GROUPS) as LayerGroup[]).filter((group) => visibility[group]);
  return (
    <section className="print-section" data-testid="print-legend">
      <h2>{t('print.legend')}</h2>
      <ul className="legend-groups">
        {shown.map((group) => (
          <li key={group}>
            <span className="legend-toggle">{t(`map.layers.${group}`)}</span>
            <MapLegendKeys group={group} choroplethMax={choroplethMax} language={language} />
          </li>
        ))}
      </ul>
    </section>
  );
}
