// Adds an account: checked with the shared userInput schema before it is sent; the server's refusal shown in place.
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { userInput } from '../../../../contracts/auth';
import { UserFields, type UserDraft } from './UserFields';
import { governorateList, useUsers } from './use-users';
import { ProblemMessage } from '../../app/ProblemMessage';
import { issuesText } from './user-form-errors';

const EMPTY: UserDraft = { name: '', role: 'official', governorates: 'EG-KN', associationId: '' };

export function UserCreateForm() {
  const { t } = useTranslation();
  const { create } = useUsers();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [draft, setDraft] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = userInput.safeParse({
      email,
      password,
      name: draft.name.trim() || null,
      role: draft.role,
      governorates: governorateList(draft.governorates),
      associationId: draft.associationId ? Number(draft.associationId) : null,
    });
    if (!parsed.success) {
      create.reset();
      setError(issuesText(parsed.error.issues));
      return;
    }
    setError(null);
    create.mutate(parsed.data, {
      onSuccess: () => {
        setEmail('');
        setPassword('');
        setDraft(EMPTY);
      },
    });
  };

  return (
    <form className="staff-form user-create" onSubmit={submit} noValidate data-testid="user-create">
      <h3>{t('users.add')}</h3>
      <label>
        {t('users.email')}
        <input
          type="email"
          dir="ltr"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          data-testid="user-new-email"
        />
      </label>
      <label>
        {t('users.password')}
        <input
          type="password"
          dir="ltr"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="user-new-password"
        />
      </label>
      <UserFields draft={draft} onChange={setDraft} idPrefix="user-new" />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {create.error && (
        <p className="form-error" role="alert">
          <ProblemMessage error={create.error} />
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending} data-testid="user-new-submit">
        {t('users.create')}
      </button>
    </form>
  );
}
