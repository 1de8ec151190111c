// Cold loads and group commit of the document hub, on the embedded store: records come back from the store's document
// log in any order (shuffled here: MongoDB returns the order of its index, and a store might not) and load in their seq
// order; a long history loads in slices while another document keeps answering; seq continues after a restart; updates
// of several documents are stored in one write, and change() resolves only once its update is stored; records the
// embedded store kept in nedb before the document log load after an upgrade.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { CASE, caseDocName, initCaseDoc } from '../../shared/live/layout.js';
import { createDocumentHub, type DocumentHub } from '../../server/documents/index.js';
import { openEmbeddedStore } from '../../server/store/embedded.js';
import type { DocumentLog, LogRecord, LogWrite, Store } from '../../server/store/port.js';
import { storedRecords } from '../support/documentLog.js';
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

async function reopen(store: Store, dir: string): Promise<Store> {
  await store.close();
  opened.stores.splice(opened.stores.indexOf(store), 1);
  return (await openStore(dir)).store;
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

/** The store, with its document log's reads shuffled and its writes counted. */
function instrumented(store: Store) {
  const counts = { writes: 0, recordsPerWrite: [] as number[] };
  const inner = store.documentLog;
  const documentLog: DocumentLog = {
    write(writes: readonly LogWrite[]) {
      counts.writes++;
      counts.recordsPerWrite.push(writes.length);
      return inner.write(writes);
    },
    async *read(doc: string, batchSize: number) {
      const all: LogRecord[] = [];
      for await (const batch of inner.read(doc, batchSize)) all.push(...batch);
      shuffle(all);
      for (let i = 0; i < all.length; i += batchSize) yield all.slice(i, i + batchSize);
    },
  };
  const wrapped: Store = { kind: store.kind, ping: () => store.ping(), close: () => store.close(), collection: (name) => store.collection(name), documentLog };
  return { store: wrapped, counts };
}

/** n keystroke updates of a case document as records; the first `unpositioned` have seq 0 (stored before seqs). */
function history(name: string, n: number, unpositioned = 0): { records: LogWrite[]; expected: string } {
  const source = new Y.Doc();
  const records: LogWrite[] = [];
  source.on('update', (update: Uint8Array) => {
    records.push({ doc: name, seq: Math.max(0, records.length + 1 - unpositioned), update });
  });
  initCaseDoc(source);
  const text = riskText(source)!;
  for (let i = 0; records.length < n; i++) text.insert(i % 3 === 0 ? 0 : text.length, String(i % 10));
  return { records, expected: text.toString() };
}

async function storeHistory(store: Store, records: LogWrite[]): Promise<void> {
  for (let i = 0; i < records.length; i += 5000) await store.documentLog.write(records.slice(i, i + 5000));
}

describe('document loads', () => {
  it('loads the right state from records the store returns shuffled', async () => {
    const { store } = await openStore();
    const name = caseDocName(randomUUID(), randomUUID());
    const { records, expected } = history(name, 3000);
    await storeHistory(store, records);
    const { store: shuffled } = instrumented(store);
    // The positive control: the store really returns them out of order.
    const seqs = (await storedRecords(shuffled, name)).map((record) => record.seq);
    expect(seqs).toHaveLength(3000);
    expect(seqs).not.toEqual([...seqs].sort((a, b) => a - b));
    const hub = hubOn(shuffled);
    const start = performance.now();
    expect(await hub.read(name, (doc) => riskText(doc)?.toString())).toBe(expected);
    console.log(`[load] 3,000 shuffled records loaded in ${(performance.now() - start).toFixed(0)} ms`);
  });

  it('loads, after an upgrade, the updates the embedded store kept in nedb before the document log (older unsequenced ones included)', async () => {
    const { store, dir } = await openStore();
    const name = caseDocName(randomUUID(), randomUUID());
    const other = caseDocName(randomUUID(), randomUUID());
    const { records, expected } = history(name, 1200, 200);
    const { records: otherRecords, expected: otherExpected } = history(other, 300);
    // As the previous version wrote them: one nedb record per update, base64, a seq on all but the oldest; shuffled,
    // as nedb returns them after rewriting its file.
    const legacy = shuffle([...records, ...otherRecords]).map((record) => ({
      _id: randomUUID(),
      doc: record.doc,
      ...(record.seq > 0 ? { seq: record.seq } : {}),
      update: Buffer.from(record.update).toString('base64'),
      createdAt: new Date().toISOString(),
    }));
    await store.collection('docUpdates').insertMany(legacy);
    expect(await storedRecords(store, name)).toEqual([]);

    const upgraded = await reopen(store, dir);
    expect(await upgraded.collection('docUpdates').count({})).toBe(0);
    const moved = await storedRecords(upgraded, name);
    expect(moved.map((record) => record.seq)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    const hub = hubOn(upgraded);
    expect(await hub.read(name, (doc) => riskText(doc)?.toString())).toBe(expected);
    expect(await hub.read(other, (doc) => riskText(doc)?.toString())).toBe(otherExpected);
    // New edits continue after the moved records, and a further restart moves nothing twice.
    await hub.change(name, (doc) => riskText(doc)!.insert(0, 'NEW'));
    await hub.close();
    const again = await reopen(upgraded, dir);
    expect((await storedRecords(again, name)).map((record) => record.seq).at(-1)).toBe(1201);
    expect(await hubOn(again).read(name, (doc) => riskText(doc)?.toString())).toBe(`NEW${expected}`);
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
  });

  it('continues the seq after a restart and compacts an over-long history on load', async () => {
    const { store, dir } = await openStore();
    const name = caseDocName(randomUUID(), randomUUID());
    const { records, expected } = history(name, 120);
    await storeHistory(store, records);
    let hub = hubOn(store);
    await hub.change(name, (doc) => riskText(doc)!.insert(0, 'A'));
    await hub.close();
    const seqs = (await storedRecords(store, name)).map((r) => r.seq);
    expect(seqs.at(-1)).toBe(121);

    // A restart (the store reopened, as after a kill) with a low threshold: the load compacts the history.
    const again = await reopen(store, dir);
    hub = hubOn(again, 50);
    expect(await hub.read(name, (doc) => riskText(doc)!.toString())).toBe(`A${expected}`);
    for (let i = 0; i < 100 && (await storedRecords(again, name)).length > 1; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const compacted = await storedRecords(again, name);
    expect(compacted).toHaveLength(1);
    expect(compacted[0].seq).toBe(122);
    await hub.change(name, (doc) => riskText(doc)!.insert(0, 'B'));
    expect((await storedRecords(again, name)).map((r) => r.seq)).toEqual([122, 123]);
    await hub.close();
    const fresh = hubOn(again);
    expect(await fresh.read(name, (doc) => riskText(doc)!.toString())).toBe(`BA${expected}`);
  });
});

describe('group commit', () => {
  it('stores the updates of several documents in one write, and change() resolves once its update is stored', async () => {
    const { store } = await openStore();
    const { store: counted, counts } = instrumented(store);
    const hub = hubOn(counted);
    const names = Array.from({ length: 5 }, () => caseDocName(randomUUID(), randomUUID()));
    for (const name of names) await hub.read(name, () => null);
    const before = counts.writes;
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const name = names[i % names.length];
        await hub.change(name, (doc) => riskText(doc)!.insert(0, `[${i}]`));
        // Acknowledged means stored: the record is in the store (and fsynced) when change() resolves.
        const doc = new Y.Doc();
        for (const record of await storedRecords(store, name)) Y.applyUpdate(doc, record.update);
        expect(riskText(doc)!.toString()).toContain(`[${i}]`);
      }),
    );
    const batches = counts.writes - before;
    console.log(`[group commit] 50 concurrent changes over 5 documents: ${batches} writes (${counts.recordsPerWrite.slice(-batches).join(', ')} records)`);
    expect(batches).toBeLessThan(10);
    // Each document's seqs are 1 (its initial content), 2, 3, … without gaps or repeats.
    for (const name of names) {
      const seqs = (await storedRecords(store, name)).map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: 11 }, (_, i) => i + 1));
    }
  });
});
