// The service asked for: a resource (a nursery, a dispensary…) or a sector of work, from the vocabularies.
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import { parseService, serviceText, useService } from './nearby-params';

export function ServicePicker() {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocabularies = useVocabularies().data;
  const [service, setService] = useService();
  const group = (kind: 'resource' | 'sector', items: { code: string; nameAr: string; nameEn: string }[] = []) =>
    items.map((item) => (
      <option key={item.code} value={serviceText({ kind, code: item.code })}>
        {localName(item, language)}
      </option>
    ));

  return (
    <label className="field nearby-service">
      <span>{t('nearby.service')}</span>
      <select
        value={service ? serviceText(service) : ''}
        onChange={(event) => setService(parseService(event.target.value))}
        data-testid="nearby-service"
      >
        <option value="">{t('nearby.chooseService')}</option>
        <optgroup label={t('nearby.resources')}>{group('resource', vocabularies?.resources)}</optgroup>
        <optgroup label={t('nearby.sectors')}>{group('sector', vocabularies?.sectors)}</optgroup>
      </select>
    </label>
  );
}
