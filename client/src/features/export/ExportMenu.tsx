// Download what the filters show, in four formats; the server leaves out what the user's role may not read.
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_PATH } from '../../../../contracts/export';
import { withQuery } from '../../api/http';
import { useFilters } from '../filters/use-filters';

export function ExportMenu() {
  const { t } = useTranslation();
  const { query } = useFilters();
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="header-button">{t('export.title')}</summary>
      <ul>
        {EXPORT_FORMATS.map((format) => (
          <li key={format}>
            <a
              href={withQuery(EXPORT_PATH, `format=${format}${query ? `&${query}` : ''}`)}
              download
              data-testid={`export-${format}`}
            >
              {t(`export.formats.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
