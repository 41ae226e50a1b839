// The association's own fields: names, kind and status, numbers, dates, address and contacts, each with its error.
import { useTranslation } from 'react-i18next';
import { ASSOCIATION_KINDS, ASSOCIATION_STATUSES } from '../../../../contracts/codes';
import { useFieldLabel } from '../history/use-field-label';
import type { FieldErrors } from './EditForm';
import { EditInput } from './EditInput';
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
  const field = (
    name: keyof EditValues['scalars'],
    type: 'text' | 'number' | 'date' | 'email',
    path: string = name,
  ) => (
    <EditInput
      key={name}
      label={label(name)}
      path={path}
      type={type}
      value={values.scalars[name]}
      error={errors[path]}
      onChange={(value) => onChange({ ...values, scalars: { ...values.scalars, [name]: value } })}
    />
  );
  return (
    <>
      {TEXT_FIELDS.map((name) => field(name, 'text'))}
      <label>
        {t('profile.kind')}
        <select
          value={values.kind}
          onChange={(e) => onChange({ ...values, kind: e.target.value as EditValues['kind'] })}
          data-testid="edit-kind"
        >
          {ASSOCIATION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`filters.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('profile.status')}
        <select
          value={values.status}
          onChange={(e) => onChange({ ...values, status: e.target.value as EditValues['status'] })}
          data-testid="edit-status"
        >
          {ASSOCIATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`filters.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {NUMBER_FIELDS.map((name) => field(name, 'number'))}
      {DATE_FIELDS.map((name) => field(name, 'date'))}
      {withContacts &&
        CONTACT_FIELDS.map((name) => field(name, name === 'email' ? 'email' : 'text', `contacts.${name}`))}
    </>
  );
}
