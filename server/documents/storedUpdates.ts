// How Yjs updates are stored: one record per update in `docUpdates`, the bytes as base64 because
// the embedded store writes JSON lines (a Uint8Array would be serialised as an object of numbers).
// `seq` numbers a document's records in the order the hub appended them (monotonic per document, continued after a
// restart from the highest stored one); records written before it existed have none and load first.
import type { Collection, Store } from '../store/port.js';

export interface StoredUpdate {
  _id: string;
  doc: string;
  /** Position in the document's history; absent in records stored before sequence numbers. */
  seq?: number;
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

/** The highest seq among records (0 when none has one). */
export function lastSeqOf(records: readonly StoredUpdate[]): number {
  let last = 0;
  for (const record of records) if (typeof record.seq === 'number' && record.seq > last) last = record.seq;
  return last;
}
