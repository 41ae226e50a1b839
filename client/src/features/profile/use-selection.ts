// The selected association lives in the address bar as `selected=<id>`, so a shared link opens the same profile.
import { updateUrl, useUrlValue } from '../../lib/url-state';

const PARAM = 'selected';

export function useSelection() {
  const raw = useUrlValue((search) => new URLSearchParams(search).get(PARAM) ?? undefined);
  const selectedId = raw && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
  const select = (id: number | undefined) =>
    updateUrl((params) => (id === undefined ? params.delete(PARAM) : params.set(PARAM, String(id))));
  return { selectedId, select };
}
