// One account in the admin's list, opened to change its role, governorates, association, disabled flag or password.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userUpdate } from '../../../../contracts/auth';
import { UserFields, type UserDraft } from './UserFields';
import { governorateList, useUsers, type ListedUser } from './use-users';
import { ProblemMessage } from '../../app/ProblemMessage';
import { issuesText } from './user-form-errors';

export function UserRow({ user }: { user: ListedUser }) {
  const { t } = useTranslation();
  const { change } = useUsers();
  const [draft, setDraft] = useState<UserDraft>({
    name: user.name ?? '',
    role: user.role,
    governorates: user.governorates.join(', '),
    associationId: user.associationId === null ? '' : String(user.associationId),
  });
  const [disabled, setDisabled] = useState(user.disabled);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const save = () => {
    const parsed = userUpdate.safeParse({
      name: draft.name.trim() || null,
      role: draft.role,
      governorates: governorateList(draft.governorates),
      associationId: draft.associationId ? Number(draft.associationId) : null,
      disabled,
      ...(password ? { password } : {}),
    });
    if (!parsed.success) {
      change.reset();
      setMessage(issuesText(parsed.error.issues));
      return;
    }
    setMessage(null);
    change.mutate(
      { id: user.id, update: parsed.data },
      {
        onSuccess: () => {
          setPassword('');
          setMessage(t('users.saved'));
        },
      },
    );
  };

  return (
    <details className="user-row" data-testid="user-row" data-email={user.email}>
      <summary>
        <bdi>{user.email}</bdi> · {t(`roles.${user.role}`)} {user.disabled && <strong>· {t('users.disabled')}</strong>}
      </summary>
      <div className="staff-form">
        <UserFields draft={draft} onChange={setDraft} idPrefix={`user-${user.id}`} />
        <label className="check">
          <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
          {t('users.disabled')}
        </label>
        <label>
          {t('users.newPassword')}
          <input
            type="password"
            dir="ltr"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            placeholder={t('users.resetPassword')}
          />
        </label>
        {message && <p role="status">{message}</p>}
        {change.error && (
          <p className="form-error" role="alert">
            <ProblemMessage error={change.error} />
          </p>
        )}
        <button type="button" className="primary" onClick={save} disabled={change.isPending}>
          {t('users.save')}
        </button>
      </div>
    </details>
  );
}
