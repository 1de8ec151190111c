// One contract for every store adapter: the embedded store always, MongoDB when MONGODB_URI is set.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../server/store/embedded.js';
import { openMongoStore } from '../../server/store/mongo.js';
import type { CollectionName } from '../../server/store/collections.js';
import { DuplicateKeyError, type Collection, type Store } from '../../server/store/port.js';
import { tempDataDir } from '../support/server.js';

interface PersonDoc {
  _id: string;
  name: string;
  caseReference: string;
  releaseDate?: string;
  tags?: string[];
  visits?: number;
  createdAt: string;
}

interface UpdateDoc {
  _id: string;
  doc: string;
  seq?: number;
  update: string;
}

/** The contract is about documents, not the declared record types: these tests store loose shapes. */
const loose = <T extends { _id: string }>(store: Store, name: CollectionName) => store.collection(name) as unknown as Collection<T>;

const mongoUri = process.env.MONGODB_URI;
if (!mongoUri) console.warn('store contract: MONGODB_URI is not set, so the MongoDB adapter was SKIPPED (the embedded adapter ran).');

const adapters: { name: string; enabled: boolean; open: () => Promise<{ store: Store; reopen: () => Promise<Store> }> }[] = [
  {
    name: 'embedded',
    enabled: true,
    open: async () => {
      const dir = await tempDataDir();
      return { store: await openEmbeddedStore(dir), reopen: () => openEmbeddedStore(dir) };
    },
  },
  {
    name: 'mongodb',
    enabled: Boolean(mongoUri),
    open: async () => {
      const url = new URL(mongoUri!);
      url.pathname = `/roundtable_contract_${randomUUID().slice(0, 8)}`;
      return { store: await openMongoStore(url.toString()), reopen: () => openMongoStore(url.toString()) };
    },
  },
];

for (const adapter of adapters) {
  describe.skipIf(!adapter.enabled)(`store contract: ${adapter.name}`, () => {
    let store: Store;
    let reopen: () => Promise<Store>;
    const now = new Date().toISOString();
    const person = (ref: string, extra: Partial<PersonDoc> = {}): PersonDoc => ({ _id: randomUUID(), name: `Person ${ref}`, caseReference: ref, createdAt: now, ...extra });

    beforeAll(async () => {
      ({ store, reopen } = await adapter.open());
    });
    afterAll(() => store.close());

    it('inserts and finds by id and by field', async () => {
      const people = loose<PersonDoc>(store, 'people');
      const doc = person('C1', { releaseDate: '2027-01-10' });
      await people.insertOne(doc);
      expect(await people.findOne({ _id: doc._id })).toMatchObject({ caseReference: 'C1' });
      expect(await people.findOne({ caseReference: 'C1' })).toMatchObject({ _id: doc._id });
      expect(await people.findOne({ caseReference: 'nope' })).toBeNull();
    });

    it('honours unique indexes with DuplicateKeyError, in inserts and updates', async () => {
      const people = loose<PersonDoc>(store, 'people');
      await people.insertOne(person('U1'));
      await expect(people.insertOne(person('U1'))).rejects.toBeInstanceOf(DuplicateKeyError);
      const other = person('U2');
      await people.insertOne(other);
      await expect(people.updateOne({ _id: other._id }, { $set: { caseReference: 'U1' } })).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await people.count({ caseReference: { $in: ['U1', 'U2'] } })).toBe(2);
    });

    it('queries with ranges, $in, $or, regex and array membership, sorted and paged', async () => {
      const people = loose<PersonDoc>(store, 'people');
      await people.insertMany([
        person('Q1', { releaseDate: '2027-02-01', tags: ['mappa'] }),
        person('Q2', { releaseDate: '2027-02-15', tags: ['iom', 'mappa'] }),
        person('Q3', { releaseDate: '2027-03-01', tags: ['iom'] }),
      ]);
      const window = await people.find({ releaseDate: { $gte: '2027-02-01', $lte: '2027-02-28' } }, { sort: { releaseDate: -1 } });
      expect(window.map((p) => p.caseReference)).toEqual(['Q2', 'Q1']);
      expect((await people.find({ tags: 'iom' }, { sort: { caseReference: 1 } })).map((p) => p.caseReference)).toEqual(['Q2', 'Q3']);
      expect(await people.count({ $or: [{ caseReference: 'Q1' }, { caseReference: 'Q3' }] })).toBe(2);
      expect(await people.count({ name: { $regex: /person q/i } })).toBe(3);
      const page = await people.find({ caseReference: { $in: ['Q1', 'Q2', 'Q3'] } }, { sort: { caseReference: 1 }, skip: 1, limit: 1 });
      expect(page.map((p) => p.caseReference)).toEqual(['Q2']);
    });

    it('updates with $set, $unset, $push and $inc; upserts; returns the document after', async () => {
      const people = loose<PersonDoc>(store, 'people');
      const doc = person('W1', { tags: [], visits: 0, releaseDate: '2027-01-01' });
      await people.insertOne(doc);
      expect(await people.updateOne({ _id: doc._id }, { $set: { name: 'Renamed' }, $push: { tags: 'a' }, $inc: { visits: 2 }, $unset: { releaseDate: true } })).toBe(1);
      const after = await people.findOneAndUpdate({ _id: doc._id }, { $push: { tags: 'b' } });
      expect(after).toMatchObject({ name: 'Renamed', tags: ['a', 'b'], visits: 2 });
      expect(after).not.toHaveProperty('releaseDate');
      expect(await people.findOneAndUpdate({ _id: 'missing' }, { $set: { name: 'x' } })).toBeNull();
      expect(await people.updateOne({ _id: 'missing' }, { $set: { name: 'x' } })).toBe(0);
      const sessions = store.collection('sessions');
      await sessions.updateOne({ _id: 'sid-1' }, { $set: { data: '{}', expiresAt: new Date(Date.now() + 60_000) } }, { upsert: true });
      expect(await sessions.findOne({ _id: 'sid-1' })).toMatchObject({ data: '{}' });
    });

    it('deletes many and counts what is left', async () => {
      const updates = loose<UpdateDoc>(store, 'itineraries');
      await updates.insertMany([1, 2, 3].map((i) => ({ _id: `d${i}`, doc: 'meeting.x', update: 'AA==' })));
      expect(await updates.deleteMany({ _id: { $in: ['d1', 'd2'] } })).toBe(2);
      expect(await updates.count({ doc: 'meeting.x' })).toBe(1);
    });

    it('reads long results in batches, and keeps a batch insertMany across a reopen', async () => {
      const updates = loose<UpdateDoc>(store, 'itineraries');
      const docs = Array.from({ length: 2500 }, (_, i) => ({ _id: `b.${i}`, doc: 'case.batches', seq: i + 1, update: 'AA==' }));
      await updates.insertMany(docs);
      await updates.insertOne({ _id: 'other', doc: 'case.other', seq: 1, update: 'AA==' });
      const sizes: number[] = [];
      const seen: number[] = [];
      for await (const batch of updates.findInBatches({ doc: 'case.batches' }, 1000)) {
        sizes.push(batch.length);
        for (const doc of batch) seen.push(doc.seq!);
      }
      expect(sizes.every((size) => size <= 1000)).toBe(true);
      expect(seen.sort((a, b) => a - b)).toEqual(docs.map((d) => d.seq));
      // The batches are copies: changing one changes nothing stored.
      for await (const batch of updates.findInBatches({ doc: 'case.other' }, 10)) batch[0].update = 'changed';
      expect((await updates.findOne({ _id: 'other' }))?.update).toBe('AA==');
      await store.close();
      store = await reopen();
      expect(await loose<UpdateDoc>(store, 'itineraries').count({ doc: 'case.batches' })).toBe(2500);
      await loose<UpdateDoc>(store, 'itineraries').deleteMany({ doc: { $in: ['case.batches', 'case.other'] } });
    });

    it('keeps every acknowledged write across a reopen', async () => {
      const people = loose<PersonDoc>(store, 'people');
      const doc = person('P1');
      await people.insertOne(doc);
      await store.close();
      store = await reopen();
      expect(await loose<PersonDoc>(store, 'people').findOne({ _id: doc._id })).toMatchObject({ caseReference: 'P1' });
      // Unique indexes still hold after the reopen.
      await expect(loose<PersonDoc>(store, 'people').insertOne(person('P1'))).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('document log: writes of several documents in one batch, each document read back in seq order and in batches', async () => {
      const bytes = (n: number) => new Uint8Array([n % 256, 7]);
      const writes = Array.from({ length: 2500 }, (_, i) => ({ doc: i % 2 ? 'case.log-a' : 'case.log-ab', seq: Math.floor(i / 2) + 1, update: bytes(i) }));
      await store.documentLog.write(writes);
      const sizes: number[] = [];
      const seqs: number[] = [];
      for await (const batch of store.documentLog.read('case.log-a', 500)) {
        sizes.push(batch.length);
        for (const record of batch) seqs.push(record.seq);
      }
      // A name that begins another document's name reads only its own records.
      expect(seqs).toEqual(Array.from({ length: 1250 }, (_, i) => i + 1));
      expect(sizes.every((size) => size <= 500)).toBe(true);
      const first: number[] = [];
      for await (const batch of store.documentLog.read('case.log-ab', 1000)) for (const record of batch) first.push(record.update[0]);
      expect(first.slice(0, 3)).toEqual([0, 2, 4]);
      const none: unknown[] = [];
      for await (const batch of store.documentLog.read('case.log-none', 10)) none.push(...batch);
      expect(none).toEqual([]);
    });

    it('document log: a compaction replaces every earlier record of its document (also those earlier in its batch), and it all survives a reopen', async () => {
      const doc = 'case.log-compact';
      const write = (seq: number, extra = {}) => ({ doc, seq, update: new Uint8Array([seq]), ...extra });
      await store.documentLog.write([write(1), write(2), write(3)]);
      await store.documentLog.write([write(4), write(5), write(6, { replacesEarlier: true }), write(7), { doc: 'case.log-kept', seq: 1, update: new Uint8Array([1]) }]);
      const read = async (name: string) => {
        const records: number[] = [];
        for await (const batch of store.documentLog.read(name, 100)) for (const record of batch) records.push(record.seq, record.update[0]);
        return records;
      };
      expect(await read(doc)).toEqual([6, 6, 7, 7]);
      await store.close();
      store = await reopen();
      expect(await read(doc)).toEqual([6, 6, 7, 7]);
      expect(await read('case.log-kept')).toEqual([1, 1]);
    });

    it('refuses collections nobody declared', () => {
      // @ts-expect-error: an undeclared name does not compile either
      expect(() => store.collection('undeclared')).toThrow(/declare it/);
    });
  });
}
