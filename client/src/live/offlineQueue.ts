// Room writes that go through REST (add or edit an action, change its status, record a decision) and could
// not reach the server: kept in this browser's storage, in order, and sent when the link is back, never
// silently dropped. A write the server then refuses is kept aside with the server's message for the user.
import { ApiError, request, type RequestOptions } from '../api';

export interface QueuedWrite {
  id: string;
  meetingId: string;
  method: 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** What it was, in words ("Add action: Book a bed"). */
  label: string;
  queuedAt: string;
}

export interface FailedWrite {
  write: QueuedWrite;
  message: string;
}

type Send = (path: string, options: RequestOptions) => Promise<unknown>;

const CHANGED = 'roundtable:queue-changed';
const key = (userId: string) => `roundtable.queue.${userId}`;
const failedKey = (userId: string) => `roundtable.queue-failed.${userId}`;

function read<T>(storageKey: string): T[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(storageKey) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

function write<T>(storageKey: string, items: T[]): void {
  try {
    if (items.length) window.localStorage.setItem(storageKey, JSON.stringify(items));
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Storage refused: nothing more can be done here; the caller still shows the write as queued.
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function onQueueChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
}

export function queuedWrites(userId: string, meetingId?: string): QueuedWrite[] {
  return read<QueuedWrite>(key(userId)).filter((w) => !meetingId || w.meetingId === meetingId);
}

export function failedWrites(userId: string, meetingId?: string): FailedWrite[] {
  return read<FailedWrite>(failedKey(userId)).filter((f) => !meetingId || f.write.meetingId === meetingId);
}

export function dismissFailed(userId: string, id: string): void {
  write(failedKey(userId), read<FailedWrite>(failedKey(userId)).filter((f) => f.write.id !== id));
}

export function queueWrite(userId: string, entry: Omit<QueuedWrite, 'id' | 'queuedAt'>): QueuedWrite {
  const queued: QueuedWrite = { ...entry, id: crypto.randomUUID(), queuedAt: new Date().toISOString() };
  write(key(userId), [...read<QueuedWrite>(key(userId)), queued]);
  return queued;
}

/** The server could not be reached at all (not a refusal): worth keeping and trying again. */
export function isUnreachable(err: unknown): boolean {
  return err instanceof ApiError && err.status === 0;
}

/**
 * Sends a write now; if the server cannot be reached (or earlier writes are still waiting, to keep the order),
 * keeps it for later instead. Refusals are thrown as usual, for the form to show.
 */
export async function sendOrQueue<T>(userId: string, entry: Omit<QueuedWrite, 'id' | 'queuedAt'>, send: Send = request): Promise<{ queued: false; result: T } | { queued: true }> {
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  if (offline || queuedWrites(userId).length > 0) {
    queueWrite(userId, entry);
    return { queued: true };
  }
  try {
    const result = (await send(entry.path, { method: entry.method, body: entry.body })) as T;
    return { queued: false, result };
  } catch (err) {
    if (!isUnreachable(err)) throw err;
    queueWrite(userId, entry);
    return { queued: true };
  }
}

let replaying: Promise<number> | null = null;

/** Sends the waiting writes in order; stops at the first that cannot reach the server. Returns how many remain. */
export function replayQueue(userId: string, send: Send = request): Promise<number> {
  replaying ??= (async () => {
    try {
      for (;;) {
        const [next] = read<QueuedWrite>(key(userId));
        if (!next) return 0;
        try {
          await send(next.path, { method: next.method, body: next.body });
        } catch (err) {
          if (isUnreachable(err)) return read<QueuedWrite>(key(userId)).length;
          const message = err instanceof Error ? err.message : 'The server refused it';
          write(failedKey(userId), [...read<FailedWrite>(failedKey(userId)), { write: next, message }]);
        }
        write(key(userId), read<QueuedWrite>(key(userId)).filter((w) => w.id !== next.id));
      }
    } finally {
      replaying = null;
    }
  })();
  return replaying;
}
