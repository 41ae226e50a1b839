// The matching associations sorted by name (in the interface language's collation) or by members, largest first.
import { useMemo } from 'react';
import type { AssociationFeature } from '../../../../contracts/association';
import type { Language } from '../../i18n/i18n';
import { LOCALES, localName } from '../../lib/format';

export type SortKey = 'name' | 'members';

export function useSortedAssociations(features: AssociationFeature[] | undefined, sort: SortKey, language: Language) {
  return useMemo(() => {
    if (!features) return [];
    if (sort === 'members') return [...features].sort((a, b) => b.properties.members - a.properties.members);
    const collator = new Intl.Collator(LOCALES[language]);
    const named = features.map((feature) => ({ feature, name: localName(feature.properties, language) }));
    return named.sort((a, b) => collator.compare(a.name, b.name)).map(({ feature }) => feature);
  }, [features, sort, language]);
}
