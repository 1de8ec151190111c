// How Yjs updates are stored: one record per update in the store's document log (store/port.ts DocumentLog), with a
// per-document `seq` numbering the records in the order the hub appended them (monotonic per document, continued
// after a restart from the highest stored one). Records from before sequence numbers read as seq 0 and load first.
import type { LogRecord } from '../store/port.js';

export type { LogRecord as StoredUpdate };

/** A closure snapshot's base64 state as bytes. */
export function decodeUpdate(stored: string): Uint8Array {
  return new Uint8Array(Buffer.from(stored, 'base64'));
}
