// The room's live region: one polite announcement at a time for what changed on screen without the user's own focus
// moving there (the meeting started or paused, the chair moved to another item, the close review opened or was
// cancelled, the meeting closed). Components announce through useAnnounce(); the region is rendered once by the shell.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function RoomAnnouncer({ children }: { children: ReactNode }) {
  // A counter makes the same words count as a new announcement when they come again.
  const [announcement, setAnnouncement] = useState({ message: '', count: 0 });
  const announce = useCallback<Announce>((message) => setAnnouncement((previous) => ({ message, count: previous.count + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-room-announcement>
        <span key={announcement.count}>{announcement.message}</span>
      </div>
    </AnnounceContext.Provider>
  );
}

/** Says `message` in the room's live region (a no-op outside the room). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

const STATE_WORDS: Record<string, string> = {
  running: 'The meeting has started',
  paused: 'The meeting is paused: the chair will resume it',
  closed: 'The meeting is closed: the record is read-only',
};

/** Announces the meeting's state changes and, while this user follows the chair, the item now discussed. */
export function AnnounceRoomChanges({ state, currentTitle, following }: { state: string; currentTitle: string | null; following: boolean }) {
  const announce = useAnnounce();
  const previous = useRef<{ state: string; title: string | null } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { state, title: currentTitle };
    // Nothing to say on arrival: the page itself says where the meeting is.
    if (!before) return;
    const parts: string[] = [];
    if (before.state !== state) {
      if (state === 'running' && before.state === 'paused') parts.push('The meeting has resumed');
      else if (STATE_WORDS[state]) parts.push(STATE_WORDS[state]);
    }
    if (following && currentTitle && before.title !== currentTitle && (state === 'running' || state === 'paused')) parts.push(`Now discussing: ${currentTitle}`);
    if (parts.length) announce(parts.join('. '));
  }, [state, currentTitle, following, announce]);
  return null;
}
