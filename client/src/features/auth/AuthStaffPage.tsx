// The staff pages (imports, users) as a large dialog over the atlas, each loaded only when first opened.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/session';
import { ModalDialog } from './ModalDialog';
import { mayImport, mayManageUsers } from './permissions';
import { useStaffPage } from './use-staff-page';

const ImportPage = lazy(() => import('../imports/ImportPage').then((module) => ({ default: module.ImportPage })));
const UserPage = lazy(() => import('../users/UserPage').then((module) => ({ default: module.UserPage })));

export function AuthStaffPage() {
  const { t } = useTranslation();
  const { page, close } = useStaffPage();
  const user = useCurrentUser();
  const allowed = page === 'imports' ? mayImport(user) : page === 'users' ? mayManageUsers(user) : false;
  if (!page || !allowed) return null;
  return (
    <ModalDialog title={t(`${page}.title`)} onClose={close} wide testId={`page-${page}`}>
      <Suspense fallback={<p className="state">{t('status.loading')}</p>}>
        {page === 'imports' ? <ImportPage /> : <UserPage />}
      </Suspense>
    </ModalDialog>
  );
}
