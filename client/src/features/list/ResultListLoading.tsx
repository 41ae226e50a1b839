// The list before its first answer: grey rows placed and sized as the virtualised rows will be, so they land in place.
import { useTranslation } from 'react-i18next';

export function ResultListLoading({ rowHeight, rows }: { rowHeight: number; rows: number }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="sr-only" role="status">
        {t('status.loading')}
      </p>
      <ul style={{ height: rowHeight * rows }} className="result-rows" aria-hidden="true">
        {Array.from({ length: rows }, (_, index) => (
          <li key={index} style={{ transform: `translateY(${index * rowHeight}px)`, height: rowHeight }}>
            <div className="result skeleton" data-testid="result-loading" />
          </li>
        ))}
      </ul>
    </>
  );
}
