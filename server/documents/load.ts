// Loading a document: every stored update applied before anyone sees it, in the order the hub appended them
// (records without a seq, from before sequence numbers, first in their stored order). In order, each update applies
// at once; out of order, most would wait in Yjs's pending queue and a long history would block the server for seconds.
import * as Y from 'yjs';
import { decodeUpdate, lastSeqOf, type StoredUpdate, type UpdateCollection } from './storedUpdates.js';

/** How long one slice of a load may hold the event loop before other work gets a turn. */
const SLICE_MS = 8;

export interface LoadedState {
  doc: Y.Doc;
  /** Ids of the records the state was built from (compaction deletes exactly these). */
  ids: string[];
  /** The highest seq stored for the document (0 when none): the hub continues after it. */
  lastSeq: number;
}

/** Records read per batch from the store, one batch per event-loop turn. */
const READ_BATCH = 5000;

/** The records in load order: unsequenced ones first as stored, then by seq. Does not modify `records`. */
export function inLoadOrder(records: readonly StoredUpdate[]): StoredUpdate[] {
  const unsequenced: StoredUpdate[] = [];
  const sequenced: StoredUpdate[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const record of records) {
    const seq = record.seq;
    if (typeof seq === 'number' && Number.isSafeInteger(seq)) {
      sequenced.push(record);
      if (seq < min) min = seq;
      if (seq > max) max = seq;
    } else unsequenced.push(record);
  }
  const ordered = bySeq(sequenced, min, max);
  return unsequenced.length === 0 ? ordered : [...unsequenced, ...ordered];
}

/** Sorts by seq: a counting sort when the seqs are dense enough (they are: gaps come only from crashes and
 *  compactions), which on 100,000 records takes milliseconds where a comparison sort holds the loop for ~100 ms. */
function bySeq(records: StoredUpdate[], min: number, max: number): StoredUpdate[] {
  const range = max - min + 1;
  if (records.length < 2) return records;
  if (range > 4 * records.length + 1024) return records.sort((a, b) => a.seq! - b.seq!);
  const starts = new Uint32Array(range + 1);
  for (const record of records) starts[record.seq! - min + 1]++;
  for (let i = 1; i <= range; i++) starts[i] += starts[i - 1];
  const ordered = new Array<StoredUpdate>(records.length);
  for (const record of records) ordered[starts[record.seq! - min]++] = record;
  return ordered;
}

/** Applies records into a document in load order, in one transaction. For short histories (see applyStoredInSlices). */
export function applyStored(doc: Y.Doc, records: readonly StoredUpdate[], origin: unknown = 'store'): void {
  const ordered = inLoadOrder(records);
  doc.transact(() => {
    for (const record of ordered) Y.applyUpdate(doc, decodeUpdate(record.update), origin);
  }, origin);
}

/**
 * Applies records (already in load order) in slices of one transaction each, yielding to the event loop between
 * slices so that a long history never holds the server for more than about SLICE_MS. Only for a document nobody
 * sees yet: observers would see the intermediate states.
 */
export async function applyStoredInSlices(doc: Y.Doc, ordered: readonly StoredUpdate[], origin: unknown = 'store'): Promise<void> {
  let next = 0;
  while (next < ordered.length) {
    const started = performance.now();
    doc.transact(() => {
      do {
        Y.applyUpdate(doc, decodeUpdate(ordered[next].update), origin);
        next++;
      } while (next < ordered.length && ((next & 31) !== 0 || performance.now() - started < SLICE_MS));
    }, origin);
    if (next < ordered.length) await new Promise(setImmediate);
  }
}

export async function loadStoredState(updates: UpdateCollection, docName: string): Promise<LoadedState> {
  const read: StoredUpdate[] = [];
  for await (const batch of updates.findInBatches({ doc: docName }, READ_BATCH)) for (const record of batch) read.push(record);
  const records = inLoadOrder(read);
  const doc = new Y.Doc();
  await applyStoredInSlices(doc, records);
  return { doc, ids: records.map((record) => record._id), lastSeq: lastSeqOf(records) };
}
