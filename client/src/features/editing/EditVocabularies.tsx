// Sectors as checkboxes and resources as quantities (each with its error), both from /api/vocabularies.
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import type { FieldErrors } from './EditForm';
import { EditInput } from './EditInput';
import type { EditValues } from './edit-values';

interface EditVocabulariesProps {
  values: EditValues;
  onChange: (values: EditValues) => void;
  errors: FieldErrors;
}

export function EditVocabularies({ values, onChange, errors }: EditVocabulariesProps) {
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
            <input
              type="checkbox"
              checked={values.sectors.includes(sector.code)}
              onChange={(e) => toggle(sector.code, e.target.checked)}
            />
            {localName(sector, language)}
          </label>
        ))}
      </fieldset>
      <fieldset className="edit-choices">
        <legend>{t('profile.resources')}</legend>
        {vocabularies.resources.map((resource) => (
          <EditInput
            key={resource.code}
            label={localName(resource, language)}
            path={`resources.${resource.code}`}
            type="number"
            className="quantity"
            value={values.resources[resource.code] ?? ''}
            error={errors[`resources.${resource.code}`]}
            onChange={(quantity) =>
              onChange({ ...values, resources: { ...values.resources, [resource.code]: quantity } })
            }
          />
        ))}
      </fieldset>
    </>
  );
}
