// Sectors as checkboxes and resources as quantities (each with its error), both from /api/vocabularies.
import { useTranslation } from 'react-i18next';
import { useVocabularies } from '../../api/queries';
import { useLanguage } from '../../i18n/use-language';
import { localName } from '../../lib/format';
import type { FieldErrors } from './EditForm';
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
            <input type="checkbox" checked={values.sectors.includes(sector.code)} onChange={(e) => toggle(sector.code, e.target.checked)} />
            {localName(sector, language)}
          </label>
        ))}
      </fieldset>
      <fieldset className="edit-choices">
        <legend>{t('profile.resources')}</legend>
        {vocabularies.resources.map((resource) => {
          const error = errors[`resources.${resource.code}`];
          return (
            <label key={resource.code} className="quantity">
              {localName(resource, language)}
              <input
                type="number"
                min={1}
                value={values.resources[resource.code] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `error-resources-${resource.code}` : undefined}
                onChange={(e) => onChange({ ...values, resources: { ...values.resources, [resource.code]: e.target.value } })}
                data-testid={`edit-resources-${resource.code}`}
              />
              {error && <span id={`error-resources-${resource.code}`} className="field-error">{error}</span>}
            </label>
          );
        })}
      </fieldset>
    </>
  );
}
