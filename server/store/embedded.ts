// Embedded adapter: @seald-io/nedb (MongoDB's query language, one file per collection) and, for live documents'
// updates, a LevelDB document log (levelLog.ts, in DATA_DIR/document-log/). Used when MONGODB_URI is unset. Each
// successful write is fsynced before it resolves.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Datastore from '@seald-io/nedb';
import { diskSync, type DiskSync } from './diskSync.js';
import { INDEXES } from './collections.js';
import { moveLegacyUpdates, type LegacyUpdate } from './legacyUpdates.js';
import { openLevelLog } from './levelLog.js';
import { DuplicateKeyError, type Collection, type Filter, type FindOptions, type Store, type Update } from './port.js';

type Doc = { _id: string };

class EmbeddedCollection<T extends Doc> implements Collection<T> {
  constructor(
    private readonly name: string,
    private readonly db: Datastore<T>,
    private readonly disk: DiskSync,
  ) {}

  private async write<R>(op: () => Promise<R>): Promise<R> {
    try {
      const result = await op();
      await this.disk.sync();
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
  const disks: DiskSync[] = [];
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
    const disk = diskSync(filename);
    db.on('compaction.done', () => disk.reopen());
    datastores.push(db);
    disks.push(disk);
    collections.set(name, new EmbeddedCollection(name, db, disk));
  }
  const documentLog = await openLevelLog(path.join(dataDir, 'document-log'));
  const legacy = datastores[Object.keys(INDEXES).indexOf('docUpdates')];
  const legacyRecords = legacy.getAllData() as LegacyUpdate[];
  if (legacyRecords.length > 0) {
    await moveLegacyUpdates(legacyRecords, documentLog);
    await collections.get('docUpdates')!.deleteMany({});
    await legacy.compactDatafileAsync();
  }
  let closed = false;
  return {
    kind: 'embedded',
    documentLog,
    collection<T extends Doc>(name: string): Collection<T> {
      const found = collections.get(name);
      if (!found) throw new Error(`unknown collection ${name}: declare it in store/collections.ts`);
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
      await Promise.all(disks.map((disk) => disk.close()));
      await documentLog.close();
    },
  };
}
