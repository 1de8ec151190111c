// Benchmark: the document hub on the embedded store (its LevelDB document log, one sync per batch).
//  1. cold load of a long history whose records the store returns shuffled (the worst case for the loader):
//     load time and the longest event-loop block while loading;
//  2. updates persisted per second: client updates across several documents in a quick loop, then flush;
//     and server changes (change(), which resolves once durable) issued concurrently.
// Run: npx tsx bench/persist.ts [loadSizes=10000,20000] [loopUpdates=20000]
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { CASE, caseDocName, initCaseDoc } from '../shared/live/layout.js';
import type { Meeting } from '../shared/domain/records.js';
import { createDocumentHub } from '../server/documents/index.js';
import { openEmbeddedStore } from '../server/store/embedded.js';
import type { LogRecord, LogWrite, Store } from '../server/store/port.js';

const loadSizes = (process.argv[2] ?? '10000,20000').split(',').map(Number);
const loopUpdates = Number(process.argv[3] ?? 20000);
const meetings = { load: async (id: string) => ({ _id: id, status: 'live', agenda: [], panelId: 'p' }) as unknown as Meeting };
const riskText = (doc: Y.Doc) => doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text;

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** The store, with its document log returning each document's records shuffled. */
function shuffling(store: Store): Store {
  const inner = store.documentLog;
  return {
    kind: store.kind,
    ping: () => store.ping(),
    close: () => store.close(),
    collection: (name) => store.collection(name),
    documentLog: {
      write: (writes) => inner.write(writes),
      async *read(doc, batchSize) {
        const all: LogRecord[] = [];
        for await (const batch of inner.read(doc, batchSize)) all.push(...batch);
        shuffle(all);
        for (let i = 0; i < all.length; i += batchSize) yield all.slice(i, i + batchSize);
      },
    },
  };
}

/** n keystroke updates of a case document, as log writes with seq 1, 2, … */
function history(name: string, n: number): { records: LogWrite[]; expected: string } {
  const source = new Y.Doc();
  const records: LogWrite[] = [];
  source.on('update', (update: Uint8Array) => records.push({ doc: name, seq: records.length + 1, update }));
  initCaseDoc(source);
  const text = riskText(source);
  for (let i = 0; records.length < n; i++) text.insert(text.length, String(i % 10));
  return { records, expected: text.toString() };
}

async function storedCount(store: Store, names: string[]): Promise<number> {
  let count = 0;
  for (const name of names) for await (const batch of store.documentLog.read(name, 5000)) count += batch.length;
  return count;
}

async function benchLoad(store: Store, n: number): Promise<void> {
  const name = caseDocName(randomUUID(), randomUUID());
  const { records, expected } = history(name, n);
  for (let i = 0; i < records.length; i += 5000) await store.documentLog.write(records.slice(i, i + 5000));
  const hub = createDocumentHub({ store: shuffling(store), meetings, compactThreshold: Number.MAX_SAFE_INTEGER });
  // Another document on the same hub answering while the big one loads.
  const other = caseDocName(randomUUID(), randomUUID());
  await hub.change(other, (doc) => riskText(doc)?.insert(0, 'x'));
  let maxGap = 0;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
  }, 1);
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let otherReads = 0;
  let loading = true;
  const reader = (async () => {
    while (loading) {
      await hub.read(other, (doc) => riskText(doc)?.length);
      otherReads++;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  })();
  const start = performance.now();
  const text = await hub.read(name, (doc) => riskText(doc)?.toString());
  const ms = performance.now() - start;
  loading = false;
  await reader;
  clearInterval(probe);
  histogram.disable();
  if (text !== expected) throw new Error(`load of ${n} updates gave the wrong state`);
  console.log(
    `load ${n.toLocaleString('en')} shuffled updates: ${ms.toFixed(0)} ms; longest event-loop gap ${maxGap.toFixed(1)} ms ` +
      `(monitorEventLoopDelay max ${(histogram.max / 1e6).toFixed(1)} ms); other document answered ${otherReads} reads meanwhile`,
  );
  await hub.close();
}

async function benchPersist(store: Store, n: number, docs: number): Promise<void> {
  const hub = createDocumentHub({ store, meetings });
  const names = Array.from({ length: docs }, () => caseDocName(randomUUID(), randomUUID()));
  const handles = await Promise.all(names.map((name) => hub.acquire(name)));
  const clients = handles.map((handle) => {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(handle.doc));
    client.on('update', (update: Uint8Array) => handle.applyClientUpdate(update, 'client'));
    return client;
  });
  const before = await storedCount(store, names);
  let start = performance.now();
  for (let i = 0; i < n; i++) {
    riskText(clients[i % docs]).insert(0, 'k');
    if (i % 50 === 49) await new Promise(setImmediate);
  }
  await hub.flush();
  let ms = performance.now() - start;
  const stored = (await storedCount(store, names)) - before;
  console.log(`persist ${n.toLocaleString('en')} client updates over ${docs} documents: ${ms.toFixed(0)} ms, ${Math.round((n / ms) * 1000).toLocaleString('en')} updates/s durable (${stored} records)`);

  const changes = Math.min(2000, n);
  start = performance.now();
  await Promise.all(Array.from({ length: changes }, (_, i) => hub.change(names[i % docs], (doc) => riskText(doc).insert(0, 's'))));
  ms = performance.now() - start;
  console.log(`change() ×${changes.toLocaleString('en')} concurrent over ${docs} documents, each awaited until durable: ${ms.toFixed(0)} ms, ${Math.round((changes / ms) * 1000).toLocaleString('en')} acknowledged/s`);
  for (const handle of handles) handle.release();
  for (const client of clients) client.destroy();
  await hub.close();
}

const dir = await mkdtemp(path.join(tmpdir(), 'roundtable-bench-'));
const store = await openEmbeddedStore(dir);
try {
  for (const n of loadSizes) await benchLoad(store, n);
  await benchPersist(store, loopUpdates, 10);
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
