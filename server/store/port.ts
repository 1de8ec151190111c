// The persistence port: a narrow collection interface in MongoDB's query language.
// Adapters (embedded, MongoDB) implement it; nothing here knows HTTP, sockets or Yjs.

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

export interface Store {
  readonly kind: 'embedded' | 'mongodb';
  collection<T extends { _id: string }>(name: string): Collection<T>;
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
