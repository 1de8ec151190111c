// Embedded adapter: @seald-io/nedb (MongoDB's query language, one file per collection).
// Used when MONGODB_URI is unset. Each successful write is fsynced before it resolves.
import { open, mkdir } from 'node:fs/promises';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { INDEXES } from './indexes.js';
import { DuplicateKeyError, type Collection, type Filter, type FindOptions, type Store, type Update } from './port.js';

type Doc = { _id: string };

async function syncToDisk(filename: string): Promise<void> {
  const handle = await open(filename, 'r');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}


class EmbeddedCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: Datastore<T>,
    private readonly filename: string,
  ) {}

  private async write<R>(op: () => Promise<R>): Promise<R> {
    try {
      const result = await op();
      await syncToDisk(this.filename);
      return result;
    } catch (err) {
      if ((err as { errorType?: string }).errorType === 'uniqueViolated') throw new DuplicateKeyError(this.name);
      throw err;
    }
  }

  insertOne(doc: T): Promise<T> {
    return this.write(() => this.db.insertAsync(doc) as Promise<T>);
  }

  async insertMany(docs: T[]): Promise<void> {
    if (docs.length === 0) return;
    await this.write(() => this.db.insertAsync(docs));
  }

  async findOne(filter: Filter): Promise<T | null> {
    return (await this.db.findOneAsync(filter)) as T | null;
  }

  find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.db.findAsync(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return cursor as unknown as Promise<T[]>;
  }

  async *findInBatches(filter: Filter, batchSize: number): AsyncIterable<T[]> {
    // The cursor without findAsync's copy of every match (which holds the event loop for the whole result): its
    // matches are the stored objects themselves, which nedb never changes in place (updates replace them), so they
    // stay a consistent snapshot while we copy them a batch at a time.
    const cursor = this.db.findAsync(filter) as unknown as { mapFn?: unknown; execAsync(): Promise<T[]> };
    cursor.mapFn = undefined;
    const matches = await cursor.execAsync();
    for (let start = 0; start < matches.length; start += batchSize) {
      if (start > 0) await new Promise(setImmediate);
      yield structuredClone(matches.slice(start, start + batchSize));
    }
  }

  count(filter: Filter): Promise<number> {
    return this.db.countAsync(filter) as unknown as Promise<number>;
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    const { numAffected } = await this.write(() =>
      this.db.updateAsync(filter, update as never, { multi: false, upsert: options.upsert ?? false }),
    );
    return numAffected;
  }

  async findOneAndUpdate(filter: Filter, update: Update): Promise<T | null> {
    const { affectedDocuments } = await this.write(() =>
      this.db.updateAsync(filter, update as never, { multi: false, returnUpdatedDocs: true }),
    );
    return (affectedDocuments as T | null) ?? null;
  }

  deleteMany(filter: Filter): Promise<number> {
    return this.write(() => this.db.removeAsync(filter, { multi: true }));
  }
}

export async function openEmbeddedStore(dataDir: string): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const collections = new Map<string, EmbeddedCollection<Doc>>();
  const datastores: Datastore<Doc>[] = [];
  for (const [name, indexes] of Object.entries(INDEXES)) {
    const filename = path.join(dataDir, `${name}.db`);
    const db = new Datastore<Doc>({ filename });
    await db.loadDatabaseAsync();
    for (const index of indexes) {
      await db.ensureIndexAsync({
        fieldName: index.fields.length === 1 ? index.fields[0] : index.fields,
        unique: index.unique ?? false,
        expireAfterSeconds: index.expireAfterSeconds,
      });
    }
    db.setAutocompactionInterval(10 * 60 * 1000);
    datastores.push(db);
    collections.set(name, new EmbeddedCollection(name, db, filename));
  }
  let closed = false;
  return {
    kind: 'embedded',
    collection<T extends Doc>(name: string): Collection<T> {
      const found = collections.get(name);
      if (!found) throw new Error(`unknown collection ${name}: declare it in store/indexes.ts`);
      return found as unknown as Collection<T>;
    },
    async ping() {
      return !closed;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const db of datastores) {
        db.stopAutocompaction();
        await db.compactDatafileAsync();
      }
    },
  };
}
