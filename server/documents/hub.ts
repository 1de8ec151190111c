// The live document hub: loads each Yjs document once per process, keeps it while anyone uses it,
// persists every update, compacts long histories and freezes the documents of closed meetings.
// Transports (the Yjs WebSocket endpoint) acquire a handle; domain services use change/read.
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { Meeting } from '../../shared/domain/records.js';
import { LAYOUT_VERSION, layoutVersionOf, meetingDocName, parseDocName, type DocName } from '../../shared/live/layout.js';
import type { Logger } from '../logger.js';
import { Conflict, NotFound } from '../errors.js';
import type { Store } from '../store/port.js';
import { DEFAULT_COMPACT_THRESHOLD } from './compact.js';
import { fillNewDoc, type InitialContentDeps } from './initialContent.js';
import { loadStoredState } from './load.js';
import { writeCaseItems } from './caseItems.js';
import { migrateMeetingDoc } from './migrate.js';
import { DEFAULT_GROUP_COMMIT_MS, UpdateLog } from './persist.js';

export const SERVER_ORIGIN = 'server';
const DEFAULT_UNLOAD_GRACE_MS = 30_000;
const FULL_STATE_KEEP_MS = 3_000;

export type UpdateListener = (update: Uint8Array, origin: unknown) => void;

/** One user of a loaded document. Release it when done; the document unloads when nobody holds it. */
export interface DocHandle {
  readonly name: string;
  readonly meetingId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  isFrozen(): boolean;
  /** The whole state as one update, encoded once and shared by everyone who asks until the document changes (a room
   *  of new clients, a reconnection storm, a compaction). */
  fullState(): Uint8Array;
  /** Applies a client's update; false (and nothing applied) when the meeting is frozen. */
  applyClientUpdate(update: Uint8Array, origin: unknown): boolean;
  /** Called with every update of the document, whatever its origin. Returns the unsubscribe function. */
  onUpdate(listener: UpdateListener): () => void;
  release(): void;
}

export interface DocumentHubStats {
  docsLoaded: number;
  loads: number;
  compactions: number;
}

export interface DocumentHub {
  /** Runs fn on the loaded doc in one transaction with origin 'server'; the update is persisted and broadcast to
   *  every connected client. Rejects with Conflict if the doc's meeting is frozen. */
  change(docName: string, fn: (doc: Y.Doc) => void): Promise<void>;
  /** Runs fn on the loaded doc (loading it if needed) and returns its result. fn must not mutate. */
  read<T>(docName: string, fn: (doc: Y.Doc) => T): Promise<T>;
  /** The doc's full state as one Yjs update (for immutable snapshots), shared with every other reader until the doc
   *  changes: copy it before changing it. */
  encodeState(docName: string): Promise<Uint8Array>;
  /** The doc's state vector, answered once everything it covers is stored: what a client may count as saved. */
  durableStateVector(docName: string): Promise<Uint8Array>;
  /** Makes every doc of the meeting read-only in this process: later client writes are dropped (never applied,
   *  never persisted, never relayed); change() rejects. */
  freezeMeeting(meetingId: string): void;
  /** Undoes freezeMeeting when a close fails before its commit point. */
  unfreezeMeeting(meetingId: string): void;
  isFrozen(meetingId: string): boolean;
  /** Loads the document if needed and holds it until the handle is released. */
  acquire(docName: string): Promise<DocHandle>;
  /** Persists everything pending. */
  flush(): Promise<void>;
  stats(): DocumentHubStats;
  close(): Promise<void>;
}

export interface DocumentHubDeps {
  store: Store;
  meetings: { load(id: string): Promise<Meeting> };
  logger?: Logger;
  /** How long a document nobody holds stays in memory. */
  unloadGraceMs?: number;
  /** Stored updates of one document above which they are merged into one. */
  compactThreshold?: number;
  /** Told when a person's assessment carries into a new meeting's document (the services audit it). */
  onCarryOver?: InitialContentDeps['onCarryOver'];
  /** How long an update waits for others to join its batch to the store (nobody is acknowledged meanwhile). */
  groupCommitMs?: number;
}

interface Entry {
  name: string;
  parsed: DocName;
  doc: Y.Doc;
  awareness: Awareness;
  refs: number;
  unloadTimer: NodeJS.Timeout | null;
  /** Stored (or queued) update records of this document, as far as this process knows. */
  storedCount: number;
  /** The seq the document's next stored record takes. */
  nextSeq: number;
  /** fullState()'s answer until the document changes (or FULL_STATE_KEEP_MS pass: it may be large). */
  fullState: Uint8Array | null;
  fullStateTimer: NodeJS.Timeout | null;
  listeners: Set<UpdateListener>;
}

export function createDocumentHub({
  store,
  meetings,
  logger,
  unloadGraceMs = DEFAULT_UNLOAD_GRACE_MS,
  compactThreshold = DEFAULT_COMPACT_THRESHOLD,
  onCarryOver,
  groupCommitMs = DEFAULT_GROUP_COMMIT_MS,
}: DocumentHubDeps): DocumentHub {
  const stored = store.documentLog;
  const loaded = new Map<string, Entry>();
  const loading = new Map<string, Promise<Entry>>();
  const unloading = new Set<Promise<void>>();
  const frozen = new Set<string>();
  /** Meetings whose meeting document this process knows to be in the current layout. */
  const layoutChecked = new Set<string>();
  const log = new UpdateLog(stored, logger, groupCommitMs);
  const stats = { loads: 0, compactions: 0 };
  let closed = false;

  async function load(name: string): Promise<Entry> {
    const parsed = parseDocName(name);
    if (!parsed) throw new NotFound('Document');
    const meeting = await meetings.load(parsed.meetingId);
    if (meeting.status === 'closed') frozen.add(meeting._id);
    // A case document's share of an older meeting document is moved into it when the meeting document loads.
    if (parsed.kind === 'case') await ensureMeetingMigrated(parsed.meetingId);
    // Updates of an earlier, just unloaded copy may still be on their way to the store.
    await log.flushDoc(name);
    const { doc, count, lastSeq } = await loadStoredState(stored, name);
    let nextSeq = lastSeq + 1;
    let storedCount = count;
    let migratedNow = false;
    if (count > 0 && parsed.kind === 'meeting') {
      const migrated = await migrateMeetingDoc({ log: stored, store: storeNow }, doc, meeting, nextSeq);
      nextSeq += migrated;
      storedCount += migrated;
      migratedNow = migrated > 0;
    }
    if (count === 0) {
      await fillNewDoc({ store, log: stored, onCarryOver }, doc, parsed, meeting);
      if (parsed.kind === 'case') writeCaseItems(doc, meeting, parsed.personId!);
      // Stored before anyone sees it: filling again after a crash would create rival copies of the same types.
      await storeNow(name, nextSeq++, Y.encodeStateAsUpdate(doc));
      storedCount = 1;
    }
    const awareness = new Awareness(doc);
    awareness.setLocalState(null);
    const entry: Entry = { name, parsed, doc, awareness, refs: 0, unloadTimer: null, storedCount, nextSeq, fullState: null, fullStateTimer: null, listeners: new Set() };
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      forgetFullState(entry);
      log.append(name, entry.nextSeq++, update);
      entry.storedCount++;
      relay(entry, update, origin);
      if (entry.storedCount > compactThreshold) compact(entry);
    });
    stats.loads++;
    // After a migration the old records still hold the moved case content: compacting drops them.
    if (storedCount > compactThreshold || migratedNow) compact(entry);
    return entry;
  }

  /** Appends one record and resolves once it is durable. */
  async function storeNow(docName: string, seq: number, update: Uint8Array): Promise<void> {
    log.append(docName, seq, update);
    await log.flushDoc(docName);
  }

  /**
   * Makes sure the meeting document is in the current layout before one of its case documents loads: a stored
   * layout-1 meeting document is loaded (and so migrated), then left to unload; a current one is not kept loaded.
   */
  async function ensureMeetingMigrated(meetingId: string): Promise<void> {
    if (layoutChecked.has(meetingId)) return;
    const name = meetingDocName(meetingId);
    if (!loaded.has(name) && !loading.has(name) && (await storedLayoutIsCurrent(name))) {
      layoutChecked.add(meetingId);
      return;
    }
    const handle = await acquire(name);
    handle.release();
    layoutChecked.add(meetingId);
  }

  async function storedLayoutIsCurrent(name: string): Promise<boolean> {
    await log.flushDoc(name);
    const { doc, count } = await loadStoredState(stored, name);
    try {
      return count === 0 || layoutVersionOf(doc) >= LAYOUT_VERSION;
    } finally {
      doc.destroy();
    }
  }

  /** The one way updates leave the hub: a Redis relay for several processes would hook in here. */
  function relay(entry: Entry, update: Uint8Array, origin: unknown): void {
    for (const listener of entry.listeners) {
      try {
        listener(update, origin);
      } catch (err) {
        logger?.error({ err: (err as Error).message }, 'document update listener failed');
      }
    }
  }

  function fullStateOf(entry: Entry): Uint8Array {
    if (!entry.fullState) {
      entry.fullState = Y.encodeStateAsUpdate(entry.doc);
      entry.fullStateTimer = setTimeout(() => forgetFullState(entry), FULL_STATE_KEEP_MS);
      entry.fullStateTimer.unref();
    }
    return entry.fullState;
  }

  function forgetFullState(entry: Entry): void {
    if (entry.fullStateTimer) clearTimeout(entry.fullStateTimer);
    entry.fullState = null;
    entry.fullStateTimer = null;
  }

  /** Queues the document's whole state as one record that replaces every earlier one: everything queued before it
   *  for the document is in that state, and everything after it gets a higher seq. */
  function compact(entry: Entry): void {
    log.replace(entry.name, entry.nextSeq++, fullStateOf(entry));
    entry.storedCount = 1;
    stats.compactions++;
  }

  async function getEntry(name: string): Promise<Entry> {
    if (closed) throw new Conflict('The document service is shutting down');
    const found = loaded.get(name);
    if (found) return found;
    let pending = loading.get(name);
    if (!pending) {
      pending = load(name)
        .then((entry) => {
          loaded.set(name, entry);
          return entry;
        })
        .finally(() => loading.delete(name));
      loading.set(name, pending);
    }
    return pending;
  }

  function unload(entry: Entry): void {
    entry.unloadTimer = null;
    if (entry.refs > 0 || loaded.get(entry.name) !== entry) return;
    loaded.delete(entry.name);
    const done = (async () => {
      await log.flushDoc(entry.name).catch(() => {});
      forgetFullState(entry);
      entry.awareness.destroy();
      entry.doc.destroy();
    })().finally(() => unloading.delete(done));
    unloading.add(done);
  }

  async function acquire(name: string): Promise<DocHandle> {
    const entry = await getEntry(name);
    entry.refs++;
    if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
    entry.unloadTimer = null;
    let released = false;
    return {
      name,
      meetingId: entry.parsed.meetingId,
      doc: entry.doc,
      awareness: entry.awareness,
      isFrozen: () => frozen.has(entry.parsed.meetingId),
      fullState: () => fullStateOf(entry),
      applyClientUpdate(update, origin) {
        if (frozen.has(entry.parsed.meetingId)) return false;
        Y.applyUpdate(entry.doc, update, origin);
        return true;
      },
      onUpdate(listener) {
        entry.listeners.add(listener);
        return () => entry.listeners.delete(listener);
      },
      release() {
        if (released) return;
        released = true;
        entry.refs--;
        if (entry.refs === 0 && !closed) {
          entry.unloadTimer = setTimeout(() => unload(entry), unloadGraceMs);
          entry.unloadTimer.unref();
        }
      },
    };
  }

  async function withDoc<T>(name: string, fn: (handle: DocHandle) => T | Promise<T>): Promise<T> {
    const handle = await acquire(name);
    try {
      return await fn(handle);
    } finally {
      handle.release();
    }
  }

  return {
    acquire,
    change(docName, fn) {
      return withDoc(docName, async (handle) => {
        if (handle.isFrozen()) throw new Conflict('The meeting is closed: its documents are read-only');
        handle.doc.transact(() => fn(handle.doc), SERVER_ORIGIN);
        await log.flushDoc(docName);
      });
    },
    read(docName, fn) {
      return withDoc(docName, (handle) => fn(handle.doc));
    },
    encodeState(docName) {
      return withDoc(docName, (handle) => handle.fullState());
    },
    durableStateVector(docName) {
      return withDoc(docName, async (handle) => {
        // Every update in this state vector was queued when it was applied, so flushing now makes all of it durable.
        const stateVector = Y.encodeStateVector(handle.doc);
        await log.flushDoc(docName);
        return stateVector;
      });
    },
    freezeMeeting(meetingId) {
      frozen.add(meetingId);
    },
    unfreezeMeeting(meetingId) {
      frozen.delete(meetingId);
    },
    isFrozen(meetingId) {
      return frozen.has(meetingId);
    },
    flush: () => log.flush(),
    stats: () => ({ docsLoaded: loaded.size, ...stats }),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled(loading.values());
      await log.flush().catch((err: unknown) => logger?.error({ err: (err as Error).message }, 'flushing documents at close failed'));
      for (const entry of loaded.values()) {
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
        entry.awareness.destroy();
        entry.doc.destroy();
      }
      loaded.clear();
      await Promise.allSettled(unloading);
      log.stop();
    },
  };
}
