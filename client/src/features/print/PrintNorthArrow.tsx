// The north arrow over the printed map, turned by the map's bearing (always 0 today: the atlas does not rotate).
import { useTranslation } from 'react-i18next';

export function PrintNorthArrow({ bearing }: { bearing: number }) {
  const { t } = useTranslation();
  return (
    <svg className="print-north" viewBox="0 0 24 40" role="img" aria-label={t('print.north')} data-testid="print-north">
      <g transform={`rotate(${-bearing} 12 24)`}>
        <path d="M12 10 L19 34 L12 28 L5 34 Z" fill="#1f1b17" />
        <path d="M12 10 L12 28 L5 34 Z" fill="#ffffff" stroke="#1f1b17" strokeWidth="1" strokeLinejoin="round" />
        <text x="12" y="8" textAnchor="middle" fontSize="9" fontWeight="700">
          {t('print.northLetter')}
        </text>
      </g>
    </svg>
  );
}
