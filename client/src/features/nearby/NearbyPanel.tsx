// The public's service finder, a tab of the side panel: which service, from where, and the nearest associations
// offering it; choosing one opens its profile while the map keeps the line to it.
import { useTranslation } from 'react-i18next';
import { NearbyResults } from './NearbyResults';
import { OriginPicker } from './OriginPicker';
import { ServicePicker } from './ServicePicker';
import './nearby.css';

export function NearbyPanel({ onSelect }: { onSelect: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <section className="nearby" aria-labelledby="nearby-title" data-testid="nearby">
      <h2 id="nearby-title" className="nearby-title">
        {t('nearby.title')}
      </h2>
      <ServicePicker />
      <OriginPicker />
      <NearbyResults onSelect={onSelect} />
    </section>
  );
}
