// The address bar as application state: read with a hook, written with push (a new history entry) or replace.
import { useSyncExternalStore } from 'react';

const CHANGE_EVENT = 'atlas:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/**
 * One value read from the query string; the component re-renders only when that value changes (not when, say, the
 * map view written into the address bar does). `read` gets the query string with its leading "?", or "".
 */
export function useUrlValue<T extends string | undefined>(read: (search: string) => T): T {
  return useSyncExternalStore(subscribe, () => read(window.location.search));
}

export type UrlUpdate = (params: URLSearchParams) => void;

/** Applies `update` to a copy of the current parameters and writes the result to the address bar. */
export function updateUrl(update: UrlUpdate, mode: 'push' | 'replace' = 'push'): void {
  const params = new URLSearchParams(window.location.search);
  update(params);
  const search = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  const next = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
  if (next === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', next);
  else window.history.replaceState(null, '', next);
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
