// Changes typed here that the server has not confirmed, kept in this browser's storage so that neither a
// lost link nor a reload loses them ("Offline: your changes are kept on this device"). Each document's
// local updates are merged into one stored update; once the server's state vector covers it, it is removed.
// After a reload the stored update is applied to the freshly synced document, which sends it on.
import * as Y from 'yjs';
import { parseDocName } from '../../../shared/live/docNames';
import { fromBase64 } from './base64';

const PREFIX = 'roundtable.unsent.';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Per client id, the clock just past the last change in the update. Pure. */
export function clocksOf(update: Uint8Array): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const struct of Y.decodeUpdate(update).structs) {
    const end = struct.id.clock + struct.length;
    if (end > (clocks.get(struct.id.client) ?? 0)) clocks.set(struct.id.client, end);
  }
  return clocks;
}

/** True when a state vector holds every insertion of the update. Pure. */
export function coveredBy(update: Uint8Array, stateVector: Map<number, number>): boolean {
  for (const [client, clock] of clocksOf(update)) if ((stateVector.get(client) ?? 0) < clock) return false;
  return true;
}

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

export function pendingKey(userId: string, docName: string): string {
  return `${PREFIX}${userId}.${docName}`;
}

export function readPending(key: string): Uint8Array | null {
  const stored = storage()?.getItem(key);
  if (!stored) return null;
  try {
    return fromBase64(stored);
  } catch {
    return null;
  }
}

export function addPending(key: string, update: Uint8Array): void {
  const before = readPending(key);
  const merged = before ? Y.mergeUpdates([before, update]) : update;
  try {
    storage()?.setItem(key, toBase64(merged));
  } catch {
    // Storage full or refused: the changes still live in this page's memory.
  }
}

export function clearPending(key: string): void {
  storage()?.removeItem(key);
}

/** Drops what the server now holds; keeps the rest. */
export function settlePending(key: string, serverStateVector: Map<number, number>): boolean {
  const stored = readPending(key);
  if (!stored) return true;
  if (!coveredBy(stored, serverStateVector)) return false;
  clearPending(key);
  return true;
}

/** The documents of a meeting this user has changes stored for. */
export function pendingDocNames(userId: string, meetingId: string): string[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${userId}.`;
  const names: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(prefix)) continue;
    const docName = key.slice(prefix.length);
    if (parseDocName(docName)?.meetingId === meetingId) names.push(docName);
  }
  return names;
}
