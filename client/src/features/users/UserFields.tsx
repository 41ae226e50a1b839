// The fields a user account has beside email and password: name, role, governorates, association; shared by create and
// change.
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../contracts/auth';

export interface UserDraft {
  name: string;
  role: Role;
  governorates: string;
  associationId: string;
}

export function UserFields({
  draft,
  onChange,
  idPrefix,
}: {
  draft: UserDraft;
  onChange: (draft: UserDraft) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('users.name')}
        <input
          value={draft.name}
          onChange={(e) => onChange({ ...draft, name: e.target.value })}
          data-testid={`${idPrefix}-name`}
        />
      </label>
      <label>
        {t('users.role')}
        <select
          value={draft.role}
          onChange={(e) => onChange({ ...draft, role: e.target.value as Role })}
          data-testid={`${idPrefix}-role`}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('users.governorates')}
        <input
          dir="ltr"
          value={draft.governorates}
          onChange={(e) => onChange({ ...draft, governorates: e.target.value })}
          data-testid={`${idPrefix}-governorates`}
        />
      </label>
      <label>
        {t('users.associationId')}
        <input
          type="number"
          min={1}
          dir="ltr"
          value={draft.associationId}
          onChange={(e) => onChange({ ...draft, associationId: e.target.value })}
          data-testid={`${idPrefix}-association`}
        />
      </label>
    </>
  );
}
