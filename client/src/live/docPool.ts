// One Y.Doc and WebsocketProvider per document name for the whole page, shared by every component
// that shows part of it (the agenda's red flags and the case panel read the same case document).
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface PooledDoc {
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
}

interface Entry extends PooledDoc {
  users: number;
  closeTimer: ReturnType<typeof setTimeout> | null;
}

// A released document stays open briefly, so moving back and forth between agenda items (or React's
// development double mount) does not reconnect.
const LINGER_MS = 30_000;
const entries = new Map<string, Entry>();

function liveOrigin(): string {
  return window.location.origin.replace(/^http/, 'ws') + '/yjs';
}

export function acquireDoc(name: string): PooledDoc {
  let entry = entries.get(name);
  if (!entry) {
    const doc = new Y.Doc();
    // No cross-tab channel: every change goes through the server, which checks who may write.
    const provider = new WebsocketProvider(liveOrigin(), name, doc, { disableBc: true });
    entry = { name, doc, provider, users: 0, closeTimer: null };
    entries.set(name, entry);
  }
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  entry.closeTimer = null;
  entry.users++;
  return entry;
}

export function releaseDoc(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0) return;
  entry.closeTimer = setTimeout(() => {
    entries.delete(name);
    entry.provider.destroy();
    entry.doc.destroy();
  }, LINGER_MS);
}

/** Closes a document at once, without lingering: its access was withdrawn, or the server refused it. */
export function discardDoc(name: string): void {
  const entry = entries.get(name);
  if (!entry) return;
  if (entry.closeTimer) clearTimeout(entry.closeTimer);
  entries.delete(name);
  entry.provider.destroy();
  entry.doc.destroy();
}
