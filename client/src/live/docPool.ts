// One Y.Doc and WebsocketProvider per document name for the whole page, shared by every component
// that shows part of it (the case panel and the agenda read the same case document).
//
// At most three WebSockets per participant at any moment (issue 10 §6): meeting control (Socket.IO) holds one, and this
// pool lets at most SOCKETS documents hold a socket at once. Who holds one:
//   - a document nobody shows any more that still holds changes the server has not confirmed keeps its socket until
//     they are confirmed, or until it has been online FLUSH_GIVE_UP_MS without that (the server will not take them:
//     they stay on this device and in memory, and the room is told they are unsent);
//   - then the documents in use, in the order they were first asked for (the meeting document before the case); a
//     document in use but on standby (the case while its restricted section is shown) gives up its socket and keeps
//     its content on screen.
// A socket opens only once every socket being closed has gone, so no handover (another case, the restricted tab)
// ever holds more. A document nobody uses keeps its Y.Doc in memory for a while, so coming back to it shows its last
// state at once and only the difference is exchanged.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { trackDocStatus, type DocStatus } from './docStatus';

/** Sockets the pool may hold at once: three per participant, less the meeting control's. */
export const SOCKETS = 2;

export interface PooledDoc {
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The link, the unsent changes and whether the server holds them (docStatus.ts). */
  status: DocStatus;
}

interface Entry extends PooledDoc {
  users: number;
  /** How many of its users asked it to give up its socket for now. */
  standby: number;
  /** The order it was first asked for: earlier documents get a socket first. */
  rank: number;
  /** The server refused it for good (a 44xx close): it never reconnects by itself. */
  refused: boolean;
  /** Online with unsent changes nobody shows: since when (ms), to give up on a server that does not take them. */
  flushingSince: number | null;
  flushTimer: ReturnType<typeof setTimeout> | null;
  gaveUp: boolean;
  closeTimer: ReturnType<typeof setTimeout> | null;
  rawConnect(): void;
}

// A released document's Y.Doc stays in memory this long (its socket closes at once, unless it still holds changes the
// server has not confirmed: then it stays connected until then, so nothing typed is stranded).
const LINGER_MS = 5 * 60_000;
// A socket being closed counts until the browser reports it gone: on a dead link Chromium does so only seconds later
// (over 3 s on a loaded machine), and a new socket opened meanwhile would be a fourth. One whose close never completes
// stops counting after this long.
const CLOSE_WAIT_MS = 10_000;
// Connected and synced this long without the server confirming a released document's changes: it takes no more.
const FLUSH_GIVE_UP_MS = 10_000;
const entries = new Map<string, Entry>();
const closing = new Set<Promise<void>>();
let ranks = 0;

function liveOrigin(): string {
  return window.location.origin.replace(/^http/, 'ws') + '/yjs';
}

/** Counts a socket being closed until the browser reports it gone; then the sockets are shared out again. */
function trackClosing(ws: WebSocket | null): void {
  if (!ws || ws.readyState === WebSocket.CLOSED) return;
  const gone = new Promise<void>((resolve) => {
    const timer = setTimeout(done, CLOSE_WAIT_MS);
    function done() {
      clearTimeout(timer);
      ws?.removeEventListener('close', done);
      closing.delete(gone);
      resolve();
      rebalance();
    }
    ws.addEventListener('close', done);
  });
  closing.add(gone);
}

const inUse = (entry: Entry) => entry.users > 0 && entry.standby === 0;
/** Unsent changes and nobody showing it: it keeps (or gets) a socket to send them. */
const flushing = (entry: Entry) => !inUse(entry) && entry.status.pending && !entry.gaveUp;
const wantsSocket = (entry: Entry) => !entry.refused && (inUse(entry) || flushing(entry));
const holdsSocket = (entry: Entry) => entry.provider.shouldConnect;

/** Flushing first (they hold a socket already, and what they carry is someone's words), then by rank. */
function byPriority(a: Entry, b: Entry): number {
  return Number(flushing(b)) - Number(flushing(a)) || a.rank - b.rank;
}

function open(entry: Entry): void {
  // Coming back to a document shown before: its content stays on screen while it catches up ("Reconnecting…"). A link
  // already lost keeps the time it was lost, so a retry while offline does not turn "Offline" back into "Reconnecting…".
  if (entry.status.everSynced && entry.status.link.lostAt === null) entry.status.link.lostAt = Date.now();
  entry.rawConnect();
}

/** Closes the entry's socket (the provider stays, ready to connect again). */
function closeSocket(entry: Entry): void {
  entry.provider.disconnect();
  // Closed on purpose, not lost: nothing to report until someone opens it again.
  entry.status.link.lostAt = null;
}

/** A released document online with unsent changes gives up after FLUSH_GIVE_UP_MS. */
function watchFlush(entry: Entry): void {
  const online = entry.provider.wsconnected && entry.provider.synced;
  if (!flushing(entry) || !online) {
    if (entry.flushTimer) clearTimeout(entry.flushTimer);
    entry.flushTimer = null;
    entry.flushingSince = null;
    if (!entry.status.pending) entry.gaveUp = false;
    return;
  }
  if (entry.flushingSince !== null) return;
  entry.flushingSince = Date.now();
  entry.flushTimer = setTimeout(() => {
    entry.flushTimer = null;
    if (!flushing(entry)) return;
    entry.gaveUp = true;
    rebalance();
  }, FLUSH_GIVE_UP_MS);
}

let balancing = false;
let again = false;

/** Closes the sockets nobody wants and gives the free ones to whoever waits, in order. */
function rebalance(): void {
  if (balancing) {
    again = true;
    return;
  }
  balancing = true;
  try {
    do {
      again = false;
      const all = [...entries.values()];
      for (const entry of all) {
        watchFlush(entry);
        if (holdsSocket(entry) && !wantsSocket(entry)) closeSocket(entry);
      }
      let free = SOCKETS - all.filter(holdsSocket).length - closing.size;
      const waiting = all.filter((entry) => !holdsSocket(entry) && wantsSocket(entry)).sort(byPriority);
      for (const entry of waiting) {
        if (free-- <= 0) break;
        open(entry);
      }
    } while (again);
  } finally {
    balancing = false;
  }
}

/**
 * Every connect of a pooled provider (the liveness watchdog's reconnect included) asks the pool, which opens the
 * socket when one is free; every disconnect counts its socket until it has gone.
 */
function createEntry(name: string): Entry {
  const doc = new Y.Doc();
  // No cross-tab channel: every change goes through the server, which checks who may write.
  const provider = new WebsocketProvider(liveOrigin(), name, doc, { disableBc: true, connect: false });
  const rawConnect = provider.connect.bind(provider);
  const rawDisconnect = provider.disconnect.bind(provider);
  const entry: Entry = {
    name,
    doc,
    provider,
    status: trackDocStatus(name, doc, provider),
    users: 0,
    standby: 0,
    rank: ranks++,
    refused: false,
    flushingSince: null,
    flushTimer: null,
    gaveUp: false,
    closeTimer: null,
    rawConnect,
  };
  provider.disconnect = () => {
    trackClosing(provider.ws);
    rawDisconnect();
    rebalance();
  };
  provider.connect = () => rebalance();
  provider.on('closed', () => {
    entry.refused = true;
    rebalance();
  });
  // Unsent changes confirmed, the link up or down: who holds a socket may change.
  entry.status.subscribe(rebalance);
  return entry;
}

function destroy(entry: Entry): void {
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  if (entry.flushTimer) clearTimeout(entry.flushTimer);
  entries.delete(entry.name);
  entry.status.stop();
  entry.provider.disconnect();
  entry.provider.destroy();
  entry.doc.destroy();
  rebalance();
}

export function acquireDoc(name: string): PooledDoc {
  let entry = entries.get(name);
  if (!entry) {
    entry = createEntry(name);
    entries.set(name, entry);
  }
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  entry.closeTimer = null;
  entry.users++;
  entry.gaveUp = false;
  rebalance();
  return entry;
}

/** A document nobody uses stays in memory for LINGER_MS, then goes (unless it still holds unconfirmed changes). */
function linger(entry: Entry): void {
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  const expire = () => {
    if (entry.users > 0 || entries.get(entry.name) !== entry) return;
    // Still holding unconfirmed changes: keep them (they are also in this browser's storage) and look again later.
    if (entry.status.pending) entry.closeTimer = setTimeout(expire, LINGER_MS);
    else destroy(entry);
  };
  entry.closeTimer = setTimeout(expire, LINGER_MS);
}

export function releaseDoc(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0) return;
  rebalance();
  linger(entry);
}

/**
 * The next cases ahead of time, within the limit of three: the server's copy of a document read over REST (the case
 * snapshots) goes into the pool without a socket, so when its item comes on screen it shows at once and its socket
 * exchanges only what changed since. A document already live is left alone.
 */
export function primeDoc(name: string, update: Uint8Array): void {
  let entry = entries.get(name);
  if (entry && holdsSocket(entry)) return;
  if (!entry) {
    entry = createEntry(name);
    entries.set(name, entry);
  }
  if (entry.users === 0) linger(entry);
  // As if the server had sent it: not a local change, nothing to send back.
  Y.applyUpdate(entry.doc, update, entry.provider);
}

/** A user of the document lets it give up its socket for now (standby) or asks for it again; its content stays. */
export function setStandby(name: string, standby: boolean): void {
  const entry = entries.get(name);
  if (!entry) return;
  entry.standby = Math.max(0, entry.standby + (standby ? 1 : -1));
  rebalance();
}

/** Closes a document at once, without lingering: its access was withdrawn, or the server refused it. */
export function discardDoc(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  destroy(entry);
}

/** Every document open on this page (for what the page still holds unsent when a meeting closes). */
export function pooledDocs(): PooledDoc[] {
  return [...entries.values()];
}
