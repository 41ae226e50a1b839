// Which staff page is open (imports or users), kept in the address bar as `staff=` so a reload keeps it.
import { updateUrl, useUrlValue } from '../../lib/url-state';

const PARAM = 'staff';
export type StaffPage = 'imports' | 'users';

export function useStaffPage() {
  const raw = useUrlValue((search) => new URLSearchParams(search).get(PARAM) ?? undefined);
  const page: StaffPage | undefined = raw === 'imports' || raw === 'users' ? raw : undefined;
  const open = (next: StaffPage) => updateUrl((params) => params.set(PARAM, next));
  const close = () => updateUrl((params) => params.delete(PARAM));
  return { page, open, close };
}
