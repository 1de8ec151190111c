// Loading a document: every stored update applied before anyone sees it, in the order the hub appended them. The
// store returns a document's records in seq order; should they come in another order, they are put back in it (in
// order, each update applies at once; out of order, most would wait in Yjs's pending queue and a long history would
// block the server for seconds).
import * as Y from 'yjs';
import type { DocumentLog } from '../store/port.js';
import type { StoredUpdate } from './storedUpdates.js';

/** How long one slice of a load may hold the event loop before other work gets a turn. */
const SLICE_MS = 8;

export interface LoadedState {
  doc: Y.Doc;
  /** How many records the state was built from. */
  count: number;
  /** The highest seq stored for the document (0 when none): the hub continues after it. */
  lastSeq: number;
}

/** Records read per batch from the store. */
const READ_BATCH = 5000;

/** The records in seq order (a stable order: equal seqs keep theirs). Returns `records` itself when already in order. */
export function inLoadOrder(records: StoredUpdate[]): StoredUpdate[] {
  if (continuesOrder(records, -Infinity)) return records;
  let min = Infinity;
  let max = -Infinity;
  for (const { seq } of records) {
    if (seq < min) min = seq;
    if (seq > max) max = seq;
  }
  // A counting sort when the seqs are dense enough (they are: gaps come only from crashes and compactions): on 100,000
  // records it takes milliseconds where a comparison sort holds the loop for ~100 ms.
  const range = max - min + 1;
  if (range > 4 * records.length + 1024) return [...records].sort((a, b) => a.seq - b.seq);
  const starts = new Uint32Array(range + 1);
  for (const record of records) starts[record.seq - min + 1]++;
  for (let i = 1; i <= range; i++) starts[i] += starts[i - 1];
  const ordered = new Array<StoredUpdate>(records.length);
  for (const record of records) ordered[starts[record.seq - min]++] = record;
  return ordered;
}

/** A document's records, read in one pass, in load order. */
export async function readStored(log: DocumentLog, docName: string): Promise<StoredUpdate[]> {
  let read: StoredUpdate[] = [];
  for await (const batch of log.read(docName, READ_BATCH)) read = read.length === 0 ? batch : read.concat(batch);
  return inLoadOrder(read);
}

/** Applies records into a document in load order, in one transaction. For short histories (see applyStoredInSlices). */
export function applyStored(doc: Y.Doc, records: StoredUpdate[], origin: unknown = 'store'): void {
  const ordered = inLoadOrder(records);
  doc.transact(() => {
    for (const record of ordered) Y.applyUpdate(doc, record.update, origin);
  }, origin);
}

/**
 * Applies records (already in load order) in slices of one transaction each, yielding to the event loop between
 * slices so that a long history never holds the server for more than about SLICE_MS. (Merging updates before applying
 * them costs more than applying them one by one.) Only for a document nobody sees yet: observers would see the
 * intermediate states.
 */
export async function applyStoredInSlices(doc: Y.Doc, ordered: readonly StoredUpdate[], origin: unknown = 'store'): Promise<void> {
  let next = 0;
  while (next < ordered.length) {
    const started = performance.now();
    doc.transact(() => {
      do {
        Y.applyUpdate(doc, ordered[next].update, origin);
        next++;
      } while (next < ordered.length && ((next & 31) !== 0 || performance.now() - started < SLICE_MS));
    }, origin);
    if (next < ordered.length) await new Promise(setImmediate);
  }
}

/** True when the records' seqs rise (or stay equal) from `after` on: they may be applied as they come. */
export function continuesOrder(records: readonly StoredUpdate[], after: number): boolean {
  let last = after;
  for (const record of records) {
    if (record.seq < last) return false;
    last = record.seq;
  }
  return true;
}

/**
 * Loads a document's records as they are read: each batch the store returns in seq order is applied (in slices) while
 * the next one is read, so a long history is never held in memory whole (100,000 records held at once made the young
 * generation's collections take tens of milliseconds). Once a batch comes out of order, the rest is gathered and
 * applied in seq order at the end (whatever the order, Yjs reaches the same state; in order, it gets there quickly).
 */
export async function loadStoredState(log: DocumentLog, docName: string): Promise<LoadedState> {
  // The document's name as its guid: Yjs would otherwise draw a random one, 31 calls into the crypto module per load.
  const doc = new Y.Doc({ guid: docName });
  let count = 0;
  let applied = 0;
  let lastSeq = 0;
  let late: StoredUpdate[] = [];
  const batches = log.read(docName, READ_BATCH)[Symbol.asyncIterator]();
  let done = false;
  try {
    let next = batches.next();
    for (;;) {
      const { value: batch, done: ended } = await next;
      if (ended) break;
      // The store reads the next batch while this one is applied.
      next = batches.next();
      next.catch(() => {});
      count += batch.length;
      for (const record of batch) if (record.seq > lastSeq) lastSeq = record.seq;
      if (late.length === 0 && continuesOrder(batch, applied)) {
        await applyStoredInSlices(doc, batch);
        if (batch.length > 0) applied = batch[batch.length - 1].seq;
      } else late = late.length === 0 ? batch : late.concat(batch);
    }
    done = true;
  } finally {
    if (!done) await batches.return?.(undefined);
  }
  if (late.length > 0) await applyStoredInSlices(doc, inLoadOrder(late));
  return { doc, count, lastSeq };
}
