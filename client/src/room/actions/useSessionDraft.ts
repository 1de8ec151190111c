// A form's draft kept in this browser tab's session storage, so that switching the room's tabs (which unmounts the
// form) or reloading the page does not lose what was half typed. Cleared when the form is sent or cancelled; the
// browser drops session storage when the tab closes.
import { useCallback, useEffect, useRef, useState } from 'react';

const PREFIX = 'roundtable.draft.';

function read<T>(key: string, fallback: T): T {
  try {
    const stored = window.sessionStorage.getItem(PREFIX + key);
    return stored ? ({ ...fallback, ...(JSON.parse(stored) as object) } as T) : fallback;
  } catch {
    return fallback;
  }
}

export function useSessionDraft<T extends object>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const initialRef = useRef(initial);
  const [draft, setDraft] = useState<T>(() => read(key, initial));
  const dirty = useRef(false);
  useEffect(() => {
    if (!dirty.current) return;
    try {
      window.sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
    } catch {
      // Storage full or refused: the draft stays in memory only.
    }
  }, [key, draft]);
  const update = useCallback((next: T) => {
    dirty.current = true;
    setDraft(next);
  }, []);
  const clear = useCallback(() => {
    dirty.current = false;
    try {
      window.sessionStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing stored.
    }
    setDraft(initialRef.current);
  }, [key]);
  return [draft, update, clear];
}

/** Whether a draft is kept under this key (a form can open itself again on coming back). */
export function hasSessionDraft(key: string): boolean {
  try {
    return window.sessionStorage.getItem(PREFIX + key) !== null;
  } catch {
    return false;
  }
}
