// MongoDB adapter through the official driver. Used when MONGODB_URI is set. The driver is imported when the store
// opens, not with this module: it holds about 20 MB from its import on, which the embedded store does without.
import type { Db, Document } from 'mongodb';
import { INDEXES } from './collections.js';
import { mongoDocumentLog } from './mongoLog.js';
import { DuplicateKeyError, type Collection, type Filter, type FindOptions, type Store, type Update } from './port.js';

type Doc = { _id: string };

function translate(name: string, err: unknown): never {
  if ((err as { code?: unknown } | null)?.code === 11000) throw new DuplicateKeyError(name);
  throw err;
}

class MongoCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: Db,
  ) {}

  private get coll() {
    return this.db.collection<Doc>(this.name);
  }

  async insertOne(doc: T): Promise<T> {
    await this.coll.insertOne({ ...doc } as Doc).catch((e) => translate(this.name, e));
    return doc;
  }

  async insertMany(docs: T[]): Promise<void> {
    if (docs.length === 0) return;
    await this.coll.insertMany(docs.map((d) => ({ ...d }) as Doc), { ordered: true }).catch((e) => translate(this.name, e));
  }

  async findOne(filter: Filter): Promise<T | null> {
    return (await this.coll.findOne(filter)) as T | null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.coll.find(filter);
    if (options.sort) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()) as T[];
  }

  async *findInBatches(filter: Filter, batchSize: number): AsyncIterable<T[]> {
    const cursor = this.coll.find(filter, { batchSize });
    let batch: T[] = [];
    for await (const doc of cursor) {
      batch.push(doc as T);
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  count(filter: Filter): Promise<number> {
    return this.coll.countDocuments(filter);
  }

  async updateOne(filter: Filter, update: Update, options: { upsert?: boolean } = {}): Promise<number> {
    const result = await this.coll
      .updateOne(filter, update as Document, { upsert: options.upsert ?? false })
      .catch((e) => translate(this.name, e));
    return result.matchedCount + (result.upsertedCount ?? 0);
  }

  async findOneAndUpdate(filter: Filter, update: Update): Promise<T | null> {
    const result = await this.coll
      .findOneAndUpdate(filter, update as Document, { returnDocument: 'after' })
      .catch((e) => translate(this.name, e));
    return result as T | null;
  }

  async deleteMany(filter: Filter): Promise<number> {
    return (await this.coll.deleteMany(filter)).deletedCount;
  }
}

export async function openMongoStore(uri: string): Promise<Store> {
  const driver = await import('mongodb');
  const client = new driver.MongoClient(uri, { serverSelectionTimeoutMS: 5000, writeConcern: { w: 'majority', j: true } });
  await client.connect();
  const db = client.db();
  for (const [name, indexes] of Object.entries(INDEXES)) {
    for (const index of indexes) {
      const keys = Object.fromEntries(index.fields.map((f) => [f, 1 as const]));
      await db.collection(name).createIndex(keys, {
        unique: index.unique ?? false,
        ...(index.expireAfterSeconds !== undefined ? { expireAfterSeconds: index.expireAfterSeconds } : {}),
      });
    }
  }
  return {
    kind: 'mongodb',
    documentLog: mongoDocumentLog(db, driver),
    collection<T extends Doc>(name: string): Collection<T> {
      if (!(name in INDEXES)) throw new Error(`unknown collection ${name}: declare it in store/collections.ts`);
      return new MongoCollection<T>(name, db);
    },
    async ping() {
      try {
        await db.command({ ping: 1 });
        return true;
      } catch {
        return false;
      }
    },
    close: () => client.close(),
  };
}
