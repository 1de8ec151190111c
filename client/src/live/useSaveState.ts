// Whether the server holds this page's changes to one live document, and how the link is: the rules are in
// connectionState.ts, the facts kept with the pooled document (docStatus.ts).
import { useEffect, useState, useSyncExternalStore } from 'react';
import { nextChangeIn, saveStateOf, type LinkFacts, type SaveState } from './connectionState';
import type { LiveDoc } from './useYDoc';

export type { SaveState } from './connectionState';

const noSubscription = () => () => {};

export function useSaveState(live: LiveDoc | null): SaveState {
  const status = live?.docStatus;
  useSyncExternalStore(status?.subscribe ?? noSubscription, () => status?.version() ?? 0);
  const [now, setNow] = useState(() => Date.now());
  const facts: LinkFacts | null =
    live && status
      ? {
          online: live.status === 'connected' && live.synced,
          wasOnline: status.everSynced,
          pending: status.pending,
          lostAt: status.link.lostAt,
          refused: live.refusedCode !== null,
          now: Date.now(),
        }
      : null;
  const wait = facts ? nextChangeIn(facts) : null;
  // "Reconnecting…" turns into "Offline" by itself: render again when it does.
  useEffect(() => {
    if (wait === null) return;
    const timer = setTimeout(() => setNow(Date.now()), wait + 50);
    return () => clearTimeout(timer);
  }, [wait, now]);
  if (!facts) return 'connecting';
  // Given up on purpose for now (the restricted tab took its socket): nothing of it is at risk unless it holds changes.
  if (live?.standby && !facts.pending) return 'saved';
  return saveStateOf(facts);
}
