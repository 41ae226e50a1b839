// A text field's draft: typed freely, committed to the address bar after a pause, reset when the address bar changes.
import { useEffect, useRef, useState } from 'react';

const PAUSE_MS = 350;

export function useDraft(value: string, commit: (draft: string) => void): [string, (draft: string) => void] {
  const [draft, setDraft] = useState(value);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(pending.current);
    setDraft(value);
  }, [value]);

  useEffect(() => () => clearTimeout(pending.current), []);

  const change = (next: string) => {
    setDraft(next);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => commitRef.current(next), PAUSE_MS);
  };
  return [draft, change];
}
