// The legend over the map: one switch per layer group, each with the key to its symbols; folds away on small screens.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { MapLegendKeys } from './MapLegendKeys';
import { LAYER_GROUPS, type LayerGroup } from './style';
import type { LayerVisibility } from './use-layer-visibility';

interface MapLegendProps {
  ref: Ref<HTMLDetailsElement>;
  visibility: LayerVisibility;
  onToggle: (group: LayerGroup) => void;
  choroplethMax: number;
  language: Language;
  openByDefault: boolean;
}

export function MapLegend({ ref, visibility, onToggle, choroplethMax, language, openByDefault }: MapLegendProps) {
  const { t } = useTranslation();
  return (
    <details ref={ref} className="map-legend" open={openByDefault} data-testid="map-legend">
      <summary>{t('map.legend')}</summary>
      <ul className="legend-groups">
        {(Object.keys(LAYER_GROUPS) as LayerGroup[]).map((group) => (
          <li key={group}>
            <label className="legend-toggle">
              <input
                type="checkbox"
                checked={visibility[group]}
                onChange={() => onToggle(group)}
                data-testid={`layer-toggle-${group}`}
              />
              {t(`map.layers.${group}`)}
            </label>
            {visibility[group] && <MapLegendKeys group={group} choroplethMax={choroplethMax} language={language} />}
          </li>
        ))}
      </ul>
    </details>
  );
}
