// Chooses the service (a sector or a resource) whose uncovered villages the brief lists; not printed.
import { useTranslation } from 'react-i18next';
import type { Vocabularies } from '../../api/schemas';
import type { Language } from '../../i18n/i18n';
import { localName } from '../../lib/format';
import { updateUrl } from '../../lib/url-state';
import type { BriefParams } from './use-brief';

export function BriefService({
  params,
  vocabularies,
  language,
}: {
  params: BriefParams;
  vocabularies: Vocabularies | undefined;
  language: Language;
}) {
  const { t } = useTranslation();
  const value = params.service ? `${params.service.kind}:${params.service.code}` : '';
  const choose = (next: string) =>
    updateUrl((url) => {
      const [kind, code] = next.split(':');
      url.delete('sector');
      url.delete('resource');
      if (kind && code) url.set(kind, code);
    }, 'replace');
  return (
    <label className="field brief-service">
      <span>{t('brief.service')}</span>
      <select value={value} onChange={(event) => choose(event.target.value)} data-testid="brief-service">
        <option value="">{t('brief.noService')}</option>
        <optgroup label={t('filters.resource')}>
          {vocabularies?.resources.map((item) => (
            <option key={item.code} value={`resource:${item.code}`}>
              {localName(item, language)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('filters.sector')}>
          {vocabularies?.sectors.map((item) => (
            <option key={item.code} value={`sector:${item.code}`}>
              {localName(item, language)}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
