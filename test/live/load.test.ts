// Cold loads and group commit of the document hub, on the embedded store: records come back from the store in any
// order (shuffled here, as nedb returns them after rewriting its file) and load in their seq order; a long history
// loads in slices while another document keeps answering; seq continues after a restart; updates of several
// documents are stored in one insertMany, and change() resolves only once its update is stored.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { CASE, caseDocName, initCaseDoc } from '../../shared/live/layout.js';
import { createDocumentHub, type DocumentHub, type StoredUpdate } from '../../server/documents/index.js';
import { openEmbeddedStore } from '../../server/store/embedded.js';
import type { Collection, Store } from '../../server/store/port.js';
import { tempDataDir } from '../support/server.js';

const meetings = { load: async (id: string) => ({ _id: id, status: 'live', agenda: [], panelId: 'panel' }) as unknown as Meeting };
const riskText = (doc: Y.Doc) => doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text | undefined;

const opened: { hubs: DocumentHub[]; stores: Store[] } = { hubs: [], stores: [] };
afterEach(async () => {
  for (const hub of opened.hubs.splice(0)) await hub.close();
  for (const store of opened.stores.splice(0)) await store.close();
});

async function openStore(dir?: string): Promise<{ store: Store; dir: string }> {
  const dataDir = dir ?? (await tempDataDir());
  const store = await openEmbeddedStore(dataDir);
  opened.stores.push(store);
  return { store, dir: dataDir };
}

function hubOn(store: Store, compactThreshold = Number.MAX_SAFE_INTEGER): DocumentHub {
  const hub = createDocumentHub({ store, meetings, compactThreshold });
  opened.hubs.push(hub);
  return hub;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** The store, with docUpdates reads shuffled and docUpdates insertMany calls counted. */
function instrumented(store: Store) {
  const counts = { insertMany: 0, recordsPerInsertMany: [] as number[] };
  const wrapped: Store = {
    kind: store.kind,
    ping: () => store.ping(),
    close: () => store.close(),
    collection<T extends { _id: string }>(name: string): Collection<T> {
      const inner = store.collection<T>(name);
      if (name !== 'docUpdates') return inner;
      return new Proxy(inner, {
        get(target, prop) {
          if (prop === 'find') return async (...args: Parameters<Collection<T>['find']>) => shuffle(await target.find(...args));
          if (prop === 'findInBatches') {
            return async function* (filter: Record<string, unknown>, batchSize: number) {
              const all: T[] = [];
              for await (const batch of target.findInBatches(filter, batchSize)) all.push(...batch);
              shuffle(all);
              for (let i = 0; i < all.length; i += batchSize) yield all.slice(i, i + batchSize);
            };
          }
          if (prop === 'insertMany') {
            return (docs: T[]) => {
              counts.insertMany++;
              counts.recordsPerInsertMany.push(docs.length);
              return target.insertMany(docs);
            };
          }
          const value = Reflect.get(target, prop, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
  return { store: wrapped, counts };
}

/** n keystroke updates of a case document as records; the first `unsequenced` have no seq (older data). */
function history(name: string, n: number, unsequenced = 0): { records: StoredUpdate[]; expected: string } {
  const source = new Y.Doc();
  const records: StoredUpdate[] = [];
  const createdAt = new Date().toISOString();
  source.on('update', (update: Uint8Array) => {
    const seq = records.length + 1 - unsequenced;
    records.push({ _id: randomUUID(), doc: name, ...(seq > 0 ? { seq } : {}), update: Buffer.from(update).toString('base64'), createdAt });
  });
  initCaseDoc(source);
  const text = riskText(source)!;
  for (let i = 0; records.length < n; i++) text.insert(i % 3 === 0 ? 0 : text.length, String(i % 10));
  return { records, expected: text.toString() };
}

async function storeHistory(store: Store, records: StoredUpdate[]): Promise<void> {
  const updates = store.collection<StoredUpdate>('docUpdates');
  for (let i = 0; i < records.length; i += 5000) await updates.insertMany(shuffle(records.slice(i, i + 5000)));
}

describe('document loads', () => {
  it('loads the right state from records the store returns shuffled, older unsequenced records included', async () => {
    const { store } = await openStore();
    const name = caseDocName(randomUUID(), randomUUID());
    const { records, expected } = history(name, 3000, 200);
    await storeHistory(store, records);
    const hub = hubOn(instrumented(store).store);
    const start = performance.now();
    expect(await hub.read(name, (doc) => riskText(doc)?.toString())).toBe(expected);
    console.log(`[load] 3,000 shuffled records (200 without seq) loaded in ${(performance.now() - start).toFixed(0)} ms`);
  });

  it('loads a 20,000-update history in slices while another document on the same hub keeps answering', async () => {
    const { store } = await openStore();
    const name = caseDocName(randomUUID(), randomUUID());
    const { records, expected } = history(name, 20_000);
    await storeHistory(store, records);
    const hub = hubOn(instrumented(store).store);
    const other = caseDocName(randomUUID(), randomUUID());
    await hub.change(other, (doc) => riskText(doc)!.insert(0, 'OTHER'));

    let longestGap = 0;
    let last = performance.now();
    const probe = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 1);
    let loading = true;
    let otherReads = 0;
    const reader = (async () => {
      while (loading) {
        expect(await hub.read(other, (doc) => riskText(doc)!.toString())).toBe('OTHER');
        otherReads++;
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const start = performance.now();
    const loaded = await hub.read(name, (doc) => riskText(doc)?.toString());
    const ms = performance.now() - start;
    loading = false;
    await reader;
    clearInterval(probe);
    expect(loaded).toBe(expected);
    console.log(`[load] 20,000 shuffled updates loaded in ${ms.toFixed(0)} ms; longest event-loop gap ${longestGap.toFixed(1)} ms; the other document answered ${otherReads} reads meanwhile`);
  }, 120_000);

  it('continues the seq after a restart and compacts an over-long history on load', async () => {
    const { store, dir } = await openStore();
    const name = caseDocName(randomUUID(), randomUUID());
    const { records, expected } = history(name, 120);
    await storeHistory(store, records);
    let hub = hubOn(store);
    await hub.change(name, (doc) => riskText(doc)!.insert(0, 'A'));
    await hub.close();
    const seqs = (await store.collection<StoredUpdate>('docUpdates').find({ doc: name })).map((r) => r.seq);
    expect(Math.max(...(seqs as number[]))).toBe(121);

    // A restart (the store reopened, as after a kill) with a low threshold: the load compacts the history.
    await store.close();
    opened.stores.splice(opened.stores.indexOf(store), 1);
    const again = (await openStore(dir)).store;
    hub = hubOn(again, 50);
    expect(await hub.read(name, (doc) => riskText(doc)!.toString())).toBe(`A${expected}`);
    const updates = again.collection<StoredUpdate>('docUpdates');
    for (let i = 0; i < 100 && (await updates.count({ doc: name })) > 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const compacted = await updates.find({ doc: name });
    expect(compacted).toHaveLength(1);
    expect(compacted[0].seq).toBe(122);
    await hub.change(name, (doc) => riskText(doc)!.insert(0, 'B'));
    const after = (await updates.find({ doc: name })).map((r) => r.seq).sort((a, b) => a! - b!);
    expect(after).toEqual([122, 123]);
    await hub.close();
    const fresh = hubOn(again);
    expect(await fresh.read(name, (doc) => riskText(doc)!.toString())).toBe(`BA${expected}`);
  });
});

describe('group commit', () => {
  it('stores the updates of several documents in one insertMany, and change() resolves once its update is stored', async () => {
    const { store } = await openStore();
    const { store: counted, counts } = instrumented(store);
    const hub = hubOn(counted);
    const names = Array.from({ length: 5 }, () => caseDocName(randomUUID(), randomUUID()));
    for (const name of names) await hub.read(name, () => null);
    const before = counts.insertMany;
    const updates = store.collection<StoredUpdate>('docUpdates');
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const name = names[i % names.length];
        await hub.change(name, (doc) => riskText(doc)!.insert(0, `[${i}]`));
        // Acknowledged means stored: the record is in the store (and fsynced) when change() resolves.
        const stored = await updates.find({ doc: name });
        const doc = new Y.Doc();
        for (const record of stored) Y.applyUpdate(doc, Buffer.from(record.update, 'base64'));
        expect(riskText(doc)!.toString()).toContain(`[${i}]`);
      }),
    );
    const batches = counts.insertMany - before;
    console.log(`[group commit] 50 concurrent changes over 5 documents: ${batches} insertMany calls (${counts.recordsPerInsertMany.slice(-batches).join(', ')} records)`);
    expect(batches).toBeLessThan(10);
    // Each document's seqs are 1 (its initial content), 2, 3, … without gaps or repeats.
    for (const name of names) {
      const seqs = (await updates.find({ doc: name })).map((r) => r.seq!).sort((a, b) => a - b);
      expect(seqs).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    }
  });
});
