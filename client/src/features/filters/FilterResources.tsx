// Resources an association must have, each with an optional minimum quantity (resource=nursery:2).
import { useTranslation } from 'react-i18next';
import type { ResourceNeed } from '../../../../contracts/association-filters';
import type { VocabularyItem } from '../../api/schemas';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';

interface FilterResourcesProps {
  resources: VocabularyItem[];
  chosen: ResourceNeed[] | undefined;
  onChange: (chosen: ResourceNeed[] | undefined) => void;
}

export function FilterResources({ resources, chosen = [], onChange }: FilterResourcesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const need = (code: string) => chosen.find((item) => item.code === code);
  const update = (code: string, minQuantity: number | undefined) => {
    const others = chosen.filter((item) => item.code !== code);
    const next = minQuantity === undefined ? others : [...others, { code, minQuantity }];
    onChange(next.length ? next : undefined);
  };

  return (
    <fieldset className="choices resources" data-testid="filter-resource">
      <legend>{t('filters.resource')}</legend>
      {resources.map((resource) => {
        const current = need(resource.code);
        const name = localName(resource, language);
        return (
          <div key={resource.code} className="resource-row">
            <label>
              <input
                type="checkbox"
                value={resource.code}
                checked={current !== undefined}
                onChange={(event) => update(resource.code, event.target.checked ? 1 : undefined)}
              />
              {name}
            </label>
            {current && (
              <label className="min-quantity">
                <span>{t('filters.minQuantity')}</span>
                <input
                  type="number"
                  min={1}
                  max={999}
                  inputMode="numeric"
                  value={current.minQuantity}
                  aria-label={t('filters.minQuantityOf', { name })}
                  onChange={(event) => update(resource.code, Math.max(1, Number(event.target.value) || 1))}
                  data-testid={`filter-resource-min-${resource.code}`}
                />
              </label>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
