// What the room says about its link to the server, honestly: "Reconnecting…" as soon as the link is lost
// (the liveness watchdog notices within about 2.5 s), "Offline: your changes are kept on this device" once
// reconnecting has gone on for a while, and "All changes saved" only when the server holds every change.
// Pure, so the rules are unit-tested.

export type SaveState = 'connecting' | 'saved' | 'saving' | 'reconnecting' | 'offline';

/** How long the room says "Reconnecting…" before it says "Offline". */
export const RECONNECTING_MS = 8000;

export interface LinkFacts {
  /** Connected and the first exchange with the server done. */
  online: boolean;
  /** The document was ever online on this page. */
  wasOnline: boolean;
  /** Changes the server has not confirmed holding (typed here, restored from this device, or queued). */
  pending: boolean;
  /** When the link was last lost (ms since the epoch), or null when it never was / is back. */
  lostAt: number | null;
  /** The server refused the document for good. */
  refused: boolean;
  now: number;
}

export function saveStateOf({ online, wasOnline, pending, lostAt, refused, now }: LinkFacts): SaveState {
  if (refused) return 'offline';
  if (!online) {
    if (!wasOnline && lostAt === null) return pending ? 'offline' : 'connecting';
    return lostAt !== null && now - lostAt < RECONNECTING_MS ? 'reconnecting' : 'offline';
  }
  return pending ? 'saving' : 'saved';
}

/** When the state will change by itself (reconnecting turns into offline), so a view can re-render then. */
export function nextChangeIn(facts: LinkFacts): number | null {
  if (facts.online || facts.lostAt === null) return null;
  const left = facts.lostAt + RECONNECTING_MS - facts.now;
  return left > 0 ? left : null;
}

const ORDER: SaveState[] = ['offline', 'reconnecting', 'saving', 'connecting', 'saved'];

/** The least reassuring state of the room's documents wins. */
export function combineSaveStates(states: SaveState[]): SaveState {
  return ORDER.find((state) => states.includes(state)) ?? 'saved';
}
