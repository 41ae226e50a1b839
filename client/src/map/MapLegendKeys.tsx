// The swatches that explain each layer: symbols, colours and the choropleth's ramp (with the population it divides by).
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { formatNumber } from '../lib/format';
import { COLORS } from './expressions';
import { MapLegendPopulation } from './MapLegendPopulation';
import type { LayerGroup } from './style';

function Swatch({
  shape,
  color,
  label,
}: {
  shape: 'circle' | 'diamond' | 'ring' | 'line' | 'box';
  color: string;
  label: string;
}) {
  return (
    <li className="legend-key">
      <span className={`swatch swatch-${shape}`} style={{ '--swatch': color } as CSSProperties} aria-hidden="true" />
      {label}
    </li>
  );
}

export function MapLegendKeys({
  group,
  choroplethMax,
  language,
}: {
  group: LayerGroup;
  choroplethMax: number;
  language: Language;
}) {
  const { t } = useTranslation();
  switch (group) {
    case 'associations':
      return (
        <ul className="legend-keys">
          <Swatch shape="circle" color={COLORS.neutral} label={t('map.civil')} />
          <Swatch shape="diamond" color={COLORS.neutral} label={t('map.central')} />
          <Swatch shape="circle" color={COLORS.noIntlCoop} label={t('map.noIntlCoop')} />
          <Swatch shape="circle" color={COLORS.intlCoop} label={t('map.intlCoop')} />
          <Swatch shape="circle" color={COLORS.inactive} label={t('map.inactive')} />
          <Swatch shape="circle" color={COLORS.cluster} label={t('map.cluster')} />
          <Swatch shape="ring" color={COLORS.neutral} label={t('map.placedApprox')} />
          <li className="legend-note">{t('map.size')}</li>
        </ul>
      );
    case 'choropleth':
      return (
        <div className="legend-ramp">
          <span
            className="ramp"
            style={{ background: `linear-gradient(to var(--end-side), ${COLORS.choropleth.join(',')})` }}
            aria-hidden="true"
          />
          <span className="ramp-labels">
            <span>{formatNumber(0, language)}</span>
            <span>{formatNumber(choroplethMax, language)}</span>
          </span>
          <ul className="legend-keys">
            <Swatch shape="box" color="#ffffff" label={t('map.noPopulation')} />
            <MapLegendPopulation language={language} />
          </ul>
        </div>
      );
    case 'socialUnits':
      return (
        <ul className="legend-keys">
          <Swatch shape="ring" color={COLORS.unitInUse} label={t('map.unitInUse')} />
          <Swatch shape="ring" color={COLORS.unitUnused} label={t('map.unitUnused')} />
        </ul>
      );
    case 'links':
      return (
        <ul className="legend-keys">
          {(['affiliation', 'partnership', 'network'] as const).map((kind) => (
            <Swatch key={kind} shape="line" color={COLORS.links[kind]} label={t(`profile.linkKinds.${kind}`)} />
          ))}
        </ul>
      );
    case 'districts':
      return (
        <ul className="legend-keys">
          <li className="legend-note">{t('map.districtLimits')}</li>
        </ul>
      );
    default:
      return null;
  }
}
