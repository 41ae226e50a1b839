// The association's own fields: names, kind and status, numbers, dates, address and contacts, each with its error.
import { useTranslation } from 'react-i18next';
import { ASSOCIATION_KINDS, ASSOCIATION_STATUSES } from '../../../../contracts/codes';
import { useFieldLabel } from '../history/use-field-label';
import type { FieldErrors } from './EditForm';
import { CONTACT_FIELDS, DATE_FIELDS, NUMBER_FIELDS, TEXT_FIELDS, type EditValues } from './edit-values';

interface EditFieldsProps {
  values: EditValues;
  onChange: (values: EditValues) => void;
  errors: FieldErrors;
  withContacts: boolean;
}

export function EditFields({ values, onChange, errors, withContacts }: EditFieldsProps) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const field = (name: keyof EditValues['scalars'], type: string, errorKey: string = name) => (
    <label key={name}>
      {label(name)}
      <input
        type={type}
        name={name}
        value={values.scalars[name]}
        min={type === 'number' ? 0 : undefined}
        dir={type === 'text' || type === 'email' ? 'auto' : undefined}
        aria-invalid={errors[errorKey] ? true : undefined}
        aria-describedby={errors[errorKey] ? `error-${name}` : undefined}
        onChange={(event) => onChange({ ...values, scalars: { ...values.scalars, [name]: event.target.value } })}
        data-testid={`edit-${name}`}
      />
      {errors[errorKey] && <span id={`error-${name}`} className="field-error">{errors[errorKey]}</span>}
    </label>
  );
  return (
    <>
      {TEXT_FIELDS.map((name) => field(name, 'text'))}
      <label>
        {t('profile.kind')}
        <select value={values.kind} onChange={(e) => onChange({ ...values, kind: e.target.value as EditValues['kind'] })} data-testid="edit-kind">
          {ASSOCIATION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`filters.kinds.${kind}`)}</option>)}
        </select>
      </label>
      <label>
        {t('profile.status')}
        <select value={values.status} onChange={(e) => onChange({ ...values, status: e.target.value as EditValues['status'] })} data-testid="edit-status">
          {ASSOCIATION_STATUSES.map((status) => <option key={status} value={status}>{t(`filters.statuses.${status}`)}</option>)}
        </select>
      </label>
      {NUMBER_FIELDS.map((name) => field(name, 'number'))}
      {DATE_FIELDS.map((name) => field(name, 'date'))}
      {withContacts && CONTACT_FIELDS.map((name) => field(name, name === 'email' ? 'email' : 'text', `contacts.${name}`))}
    </>
  );
}
