// A service's name in the interface language, from the vocabularies (its code until they arrive).
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import type { Service } from './nearby-params';

export function useServiceName(service: Service | undefined): string {
  const vocabularies = useVocabularies().data;
  const language = useLanguage();
  if (!service) return '';
  const items = service.kind === 'sector' ? vocabularies?.sectors : vocabularies?.resources;
  const item = items?.find(({ code }) => code === service.code);
  return item ? localName(item, language) : service.code;
}
