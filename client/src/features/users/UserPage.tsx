// The admin's page for accounts: the list, each row editable, and a form to add one.
import { useTranslation } from 'react-i18next';
import { UserCreateForm } from './UserCreateForm';
import { UserRow } from './UserRow';
import { useUsers } from './use-users';
import { ProblemMessage } from '../../app/ProblemMessage';

export function UserPage() {
  const { t } = useTranslation();
  const { list } = useUsers();
  return (
    <div className="user-page" data-testid="user-page">
      {list.isPending && <p className="state">{t('status.loading')}</p>}
      {list.isError && (
        <p className="state" role="alert">
          <ProblemMessage error={list.error} />
        </p>
      )}
      <div className="user-list">
        {list.data?.map((user) => (
          <UserRow key={user.id} user={user} />
        ))}
      </div>
      <UserCreateForm />
    </div>
  );
}
