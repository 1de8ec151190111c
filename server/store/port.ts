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
  insertMany(docs: T[]): Promise<void>;
  findOne(filter: Filter): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
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
