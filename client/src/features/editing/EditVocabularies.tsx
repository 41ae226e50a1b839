// Sectors as checkboxes and resources as quantities, both from /api/vocabularies.
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import type { EditValues } from './edit-values';

export function EditVocabularies({ values, onChange }: { values: EditValues; onChange: (values: EditValues) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocabularies = useVocabularies().data;
  if (!vocabularies) return null;
  const toggle = (code: string, on: boolean) =>
    onChange({ ...values, sectors: on ? [...values.sectors, code] : values.sectors.filter((item) => item !== code) });
  return (
    <>
      <fieldset className="edit-choices">
        <legend>{t('profile.sectors')}</legend>
        {vocabularies.sectors.map((sector) => (
          <label key={sector.code} className="check">
            <input type="checkbox" checked={values.sectors.includes(sector.code)} onChange={(e) => toggle(sector.code, e.target.checked)} />
            {localName(sector, language)}
          </label>
        ))}
      </fieldset>
      <fieldset className="edit-choices">
        <legend>{t('profile.resources')}</legend>
        {vocabularies.resources.map((resource) => (
          <label key={resource.code} className="quantity">
            {localName(resource, language)}
            <input
              type="number"
              min={1}
              value={values.resources[resource.code] ?? ''}
              onChange={(e) => onChange({ ...values, resources: { ...values.resources, [resource.code]: e.target.value } })}
            />
          </label>
        ))}
      </fieldset>
    </>
  );
}
