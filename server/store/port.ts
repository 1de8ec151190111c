// The persistence port: a narrow collection interface in MongoDB's query language.
// Adapters (embedded, MongoDB) implement it; nothing here knows HTTP, sockets or Yjs.
import type { CollectionName, RecordOf } from './collections.js';

export type Filter = Record<string, unknown>;
export interface Update {
  $set?: Record<string, unknown>;
  $unset?: Record<string, true | '' | 1>;
  $push?: Record<string, unknown>;
  $inc?: Record<string, number>;
}
export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  skip?: number;
  limit?: number;
}

export interface Collection<T extends { _id: string }> {
  insertOne(doc: T): Promise<T>;
  /** Inserts docs in order with one write: the embedded store appends them and syncs to disk once per call; MongoDB
   *  sends one ordered insertMany with the store's write concern. Resolves once every doc is durable. */
  insertMany(docs: T[]): Promise<void>;
  findOne(filter: Filter): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  /**
   * The matching documents in batches of at most batchSize, in no particular order, for long results: the embedded
   * store takes its snapshot at once and copies one batch per event-loop turn; MongoDB streams. The result is as of
   * the call (the embedded store) or as the cursor reads (MongoDB).
   */
  findInBatches(filter: Filter, batchSize: number): AsyncIterable<T[]>;
  count(filter: Filter): Promise<number>;
  /** Returns how many documents matched. */
  updateOne(filter: Filter, update: Update, options?: { upsert?: boolean }): Promise<number>;
  /** Applies the update and returns the document after it, or null when nothing matched. */
  findOneAndUpdate(filter: Filter, update: Update): Promise<T | null>;
  deleteMany(filter: Filter): Promise<number>;
}

/** One stored update of a live document: the store sees bytes and their place in the document's history. */
export interface LogRecord {
  /** Position in the document's history (1, 2, …); 0 for records stored before positions existed. */
  seq: number;
  update: Uint8Array;
}

/** A write to the document log: an append, or (`replacesEarlier`) a record that replaces every earlier record of its
 *  document, as compaction writes the merged state. */
export interface LogWrite extends LogRecord {
  doc: string;
  replacesEarlier?: boolean;
}

/**
 * The live documents' update log, made for appends: writes of many documents go to disk as one batch (one sync), and
 * a document's history comes back in order. Separate from Collection because it is written on every keystroke.
 */
export interface DocumentLog {
  /** Applies the writes in order as one batch; resolves once all of them are durable. */
  write(writes: readonly LogWrite[]): Promise<void>;
  /** The document's records in seq order (records without a position first), at most batchSize per batch. */
  read(doc: string, batchSize: number): AsyncIterable<LogRecord[]>;
}

export interface Store {
  readonly kind: 'embedded' | 'mongodb';
  /** A collection declared in collections.ts, typed with its record. */
  collection<N extends CollectionName>(name: N): Collection<RecordOf<N>>;
  /** Where live documents' updates are stored. */
  readonly documentLog: DocumentLog;
  /** Resolves true when the store answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Thrown by every adapter when a unique index refuses a write. */
export class DuplicateKeyError extends Error {
  constructor(readonly collectionName: string) {
    super(`duplicate key in ${collectionName}`);
    this.name = 'DuplicateKeyError';
  }
}
