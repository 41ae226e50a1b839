// The ranked suggestions: score out of 100, distance, and each reason in the interface language with its points.
import { useTranslation } from 'react-i18next';
import type { PartnerResult } from '../../../../contracts/partners';
import type { Language } from '../../i18n/i18n';
import { formatNumber, localName } from '../../lib/format';

interface PartnerResultsProps {
  results: PartnerResult[];
  language: Language;
  onSelect: (id: number) => void;
}

export function PartnerResults({ results, language, onSelect }: PartnerResultsProps) {
  const { t } = useTranslation();
  if (results.length === 0) return <p className="state">{t('partners.none')}</p>;
  const number = (value: number) => formatNumber(value, language);
  return (
    <ol className="partner-results" aria-label={t('partners.results')} data-testid="partner-results">
      {results.map((result) => (
        <li key={result.association.id} data-testid="partner-result" data-id={result.association.id}>
          <button type="button" className="partner-name link-button" onClick={() => onSelect(result.association.id)}>
            {localName(result.association, language)}
          </button>
          <span className="partner-score" aria-label={t('partners.scoreLabel', { score: number(result.score) })}>
            {number(result.score)}
          </span>
          <span className="note">{t('partners.distance', { km: number(result.distanceKm) })}</span>
          <ul className="partner-reasons" data-testid="partner-reasons">
            {result.reasons.map((reason) => (
              <li key={reason.code}>
                <span>{language === 'en' ? reason.en : reason.ar}</span>
                <span className="points">{t('partners.points', { points: number(reason.points) })}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
