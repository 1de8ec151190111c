// How Yjs updates are stored: one record per update in `docUpdates`, the bytes as base64 because
// the embedded store writes JSON lines.
import type { Collection, Store } from '../store/port.js';

export interface StoredUpdate {
  _id: string;
  doc: string;
  update: string;
  createdAt: string;
}

export type UpdateCollection = Collection<StoredUpdate>;

export function updateCollection(store: Store): UpdateCollection {
  return store.collection<StoredUpdate>('docUpdates');
}

export function encodeUpdate(update: Uint8Array): string {
  return Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('base64');
}

export function decodeUpdate(stored: string): Uint8Array {
  return new Uint8Array(Buffer.from(stored, 'base64'));
}
