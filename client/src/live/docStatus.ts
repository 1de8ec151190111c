// One document's honest state on this page, kept with the pooled document (not with a component, so a
// document that lingers after its item was left still gets its changes confirmed): the link (liveness.ts),
// the changes the server has not confirmed (kept on this device: pendingStore.ts) and whether the server
// holds them (its state vector, polled while anything is pending).
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { watchLiveness, type LinkState } from './liveness';
import { addPending, clearPending, pendingKey, readPending, settlePending } from './pendingStore';
import { fetchServerStateVector, serverHasLocalChanges } from './serverStateVector';

const SETTLE_MS = 300;
const RETRY_MS = [500, 1000, 2000, 3000];
const FETCH_TIMEOUT_MS = 5000;

export interface DocStatus {
  link: LinkState;
  /** Changes made here (or restored from this device) that the server has not confirmed holding. */
  pending: boolean;
  /** The document was shown with the server's content at least once on this page. */
  everSynced: boolean;
  subscribe(listener: () => void): () => void;
  /** A number that changes whenever anything above does (for React's useSyncExternalStore). */
  version(): number;
  /** The changes went elsewhere (a late addition): forget them here. */
  discard(): void;
  stop(): void;
}

let owner: string | null = null;
const statuses = new Set<{ restore(): void }>();

/** Whose device storage the page's unsent changes go to: the signed-in user. */
export function setDeviceOwner(userId: string | null): void {
  if (owner === userId) return;
  owner = userId;
  for (const status of statuses) status.restore();
}

export function deviceOwner(): string | null {
  return owner;
}

export function trackDocStatus(name: string, doc: Y.Doc, provider: WebsocketProvider): DocStatus {
  const listeners = new Set<() => void>();
  let version = 0;
  let restoredFor: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let checking: AbortController | null = null;
  let attempt = 0;
  const link: LinkState = { lostAt: null, lastConfirmedAt: null };
  const status: DocStatus = {
    link,
    pending: false,
    everSynced: false,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    discard() {
      if (owner) clearPending(pendingKey(owner, name));
      setPending(false);
    },
    stop,
  };
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };
  const setPending = (pending: boolean) => {
    if (status.pending === pending) return;
    status.pending = pending;
    changed();
  };
  const online = () => provider.wsconnected && provider.synced;

  function schedule(delay: number) {
    if (timer || !status.pending || !online()) return;
    timer = setTimeout(() => {
      timer = null;
      void check();
    }, delay);
  }

  async function check() {
    if (!status.pending || !online()) return;
    checking = new AbortController();
    try {
      // A request that hangs (a dropped connection) must not stop the checking: give up and retry.
      const server = await fetchServerStateVector(name, AbortSignal.any([checking.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]));
      const key = owner ? pendingKey(owner, name) : null;
      const storedHeld = key ? settlePending(key, server) : true;
      if (serverHasLocalChanges(doc, server) && storedHeld) {
        attempt = 0;
        return setPending(false);
      }
    } catch {
      if (checking.signal.aborted) return;
    } finally {
      checking = null;
    }
    schedule(RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]!);
  }

  // Any change not received from the server is a local change that still has to reach it.
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    if (owner) addPending(pendingKey(owner, name), update);
    setPending(true);
    schedule(SETTLE_MS);
  };

  /** Once synced: what this device kept from before (a reload, a lost link) goes back into the document. */
  const restore = () => {
    if (!owner || !provider.synced || restoredFor === owner) return;
    restoredFor = owner;
    const stored = readPending(pendingKey(owner, name));
    if (!stored) return;
    Y.applyUpdate(doc, stored, 'restore');
    setPending(true);
    schedule(SETTLE_MS);
  };
  const restorer = { restore };
  statuses.add(restorer);

  const onSync = (synced: boolean) => {
    if (synced && !status.everSynced) status.everSynced = true;
    if (synced) restore();
    attempt = 0;
    changed();
    schedule(SETTLE_MS);
  };
  const onStatus = () => {
    if (!provider.wsconnected && timer) {
      clearTimeout(timer);
      timer = null;
    }
    changed();
  };
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  provider.on('status', onStatus);
  const stopLiveness = watchLiveness(provider, doc, link, changed);

  function stop() {
    statuses.delete(restorer);
    doc.off('update', onUpdate);
    provider.off('sync', onSync);
    provider.off('status', onStatus);
    stopLiveness();
    checking?.abort();
    if (timer) clearTimeout(timer);
    listeners.clear();
  }
  return status;
}
