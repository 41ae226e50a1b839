// The header's account corner: "sign in" for the public; the user's name and role, staff pages and "sign out" for
// staff.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import './staff.css';
import { AuthDialog } from './AuthDialog';
import { mayImport, mayManageUsers } from './permissions';
import { useStaffPage } from './use-staff-page';
import { useAuthActions } from './use-auth-actions';

export function AuthMenu() {
  const { t } = useTranslation();
  const user = useSession().data?.user ?? null;
  const { signOut } = useAuthActions();
  const { open } = useStaffPage();
  const [signingIn, setSigningIn] = useState(false);

  if (!user) {
    return (
      <>
        <button type="button" className="header-button" onClick={() => setSigningIn(true)} data-testid="auth-open">
          {t('auth.signIn')}
        </button>
        {signingIn && <AuthDialog onClose={() => setSigningIn(false)} />}
      </>
    );
  }
  return (
    <div className="auth-menu" data-testid="auth-user" data-role={user.role}>
      <span className="auth-name">
        {user.name ?? user.email} <small>({t(`roles.${user.role}`)})</small>
      </span>
      {mayImport(user) && (
        <button type="button" className="header-button" onClick={() => open('imports')} data-testid="open-imports">
          {t('imports.title')}
        </button>
      )}
      {mayManageUsers(user) && (
        <button type="button" className="header-button" onClick={() => open('users')} data-testid="open-users">
          {t('users.title')}
        </button>
      )}
      <button type="button" className="header-button" onClick={() => signOut.mutate()} data-testid="auth-signout">
        {t('auth.signOut')}
      </button>
    </div>
  );
}
