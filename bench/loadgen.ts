// Load generator for bench/run.ts: thin clients speaking the y-websocket sync protocol over raw `ws` sockets
// (Hocuspocus framing when asked: every message prefixed with the document name, and an auth message first).
// Writers send precomputed small Yjs updates at a fixed rate; each update inserts a marker `#<writer>:<seq>#`, and
// since writers and readers share this process, a reader that finds a marker in an update knows its send time.
// A few full clients per room apply every update into a Y.Doc and check convergence at the end.
// Started by bench/run.ts with an IPC channel: it gets { config } and talks to the orchestrator with ask().
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export type Protocol = 'y-websocket' | 'hocuspocus' | 'relay';

export interface LoadConfig {
  mode: 'fanout' | 'storm' | 'idle' | 'cold';
  protocol: Protocol;
  /** ws://host:port/prefix; a y-websocket client connects to `${base}/${docName}`, Hocuspocus to `base`. */
  base: string;
  docNames: string[];
  /** Session cookies, spread round-robin over sockets ('' for none). */
  cookies: string[];
  clientsPerRoom: number;
  writersPerRoom: number;
  fullPerRoom: number;
  ratePerWriter: number;
  durationS: number;
  /** Where writers insert: the Roundtable case document's risk.whoAtRisk text. */
  field: { map: string; key: string };
  /** storm: per room, the rich-text fragment the room's writer fills to docBytes before the storm. */
  fillFragments?: string[];
  docBytes?: number;
  /** storm: the clients come back spread over this long. */
  rejoinWithinMs?: number;
  /** cold: a document opened first, not measured (the measured document's meeting document). */
  warmDocName?: string;
}

const MSG_SYNC = 0;
const MSG_AUTH = 2;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;
const EMPTY_SV = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const MARKER = /#(\d+):(\d+)#/g;

let cfg: LoadConfig;
let measuring = false;
/** marker key (writer * 1e6 + seq) → send time (performance.now()) */
const sentAt = new Map<number, number>();
const latencies: number[] = [];
/** How late each send left against its schedule: a starved load generator shows here first. */
const sendLag: number[] = [];
let delivered = 0;
let expected = 0;
let lateOrUnknown = 0;
let cookieIndex = 0;

function frame(docName: string, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  if (cfg.protocol === 'hocuspocus') encoding.writeVarString(e, docName);
  write(e);
  return encoding.toUint8Array(e);
}

const syncMessage = (docName: string, step: number, payload: Uint8Array) =>
  frame(docName, (e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, step);
    encoding.writeVarUint8Array(e, payload);
  });

interface Client {
  room: number;
  docName: string;
  kind: 'thin' | 'writer' | 'full';
  writerId: number;
  doc?: Y.Doc;
  ws?: WebSocket;
  synced: Promise<void>;
  syncedAt: number;
  /** Bytes of update messages received (storm: how much of the filled document reached the client). */
  bytesIn: number;
  updates: Uint8Array[];
  connect(): Promise<void>;
}

function makeClient(room: number, kind: Client['kind'], writerId: number, docName = cfg.docNames[room]): Client {
  const cookie = cfg.cookies[cookieIndex++ % cfg.cookies.length] ?? '';
  const client: Client = {
    room,
    docName,
    kind,
    writerId,
    doc: kind === 'thin' ? undefined : new Y.Doc(),
    synced: Promise.resolve(),
    syncedAt: 0,
    bytesIn: 0,
    updates: [],
    connect,
  };
  function connect(): Promise<void> {
    const url = cfg.protocol === 'hocuspocus' ? cfg.base : `${cfg.base}/${docName}`;
    const ws = new WebSocket(url, { headers: cookie ? { cookie } : {}, perMessageDeflate: false });
    client.ws = ws;
    ws.binaryType = 'nodebuffer';
    const started = performance.now();
    client.synced = new Promise<void>((resolve, reject) => {
      const done = () => {
        client.syncedAt = performance.now() - started;
        resolve();
      };
      ws.on('error', (err) => reject(err));
      ws.on('close', (code, reason) => reject(new Error(`closed ${code} ${reason.toString()} (${docName})`)));
      ws.on('open', () => {
        if (cfg.protocol === 'hocuspocus') {
          ws.send(frame(docName, (e) => (encoding.writeVarUint(e, MSG_AUTH), encoding.writeVarUint(e, 0), encoding.writeVarString(e, ''))));
        }
        ws.send(syncMessage(docName, STEP1, client.doc ? Y.encodeStateVector(client.doc) : EMPTY_SV));
        if (cfg.protocol === 'relay') done(); // nobody answers on a relay
      });
      ws.on('message', (data: Buffer) => onMessage(client, data, done));
    });
    client.synced.catch(() => {});
    return client.synced;
  }
  return client;
}

function onMessage(client: Client, data: Buffer, synced: () => void) {
  const d = decoding.createDecoder(data);
  if (cfg.protocol === 'hocuspocus') decoding.readVarString(d);
  const type = decoding.readVarUint(d);
  if (type !== MSG_SYNC) return; // awareness, auth answers, sync status
  const step = decoding.readVarUint(d);
  if (step === UPDATE) {
    client.bytesIn += data.length;
    if (measuring) countMarkers(client, data);
    if (client.kind === 'full') Y.applyUpdate(client.doc!, decoding.readVarUint8Array(d));
  } else if (step === STEP2) {
    client.bytesIn += data.length;
    const update = decoding.readVarUint8Array(d);
    if (client.doc) Y.applyUpdate(client.doc, update);
    synced();
  } else if (step === STEP1) {
    if (cfg.protocol === 'relay') return; // a peer's hello, not the server's
    const sv = decoding.readVarUint8Array(d);
    client.ws!.send(syncMessage(client.docName, STEP2, client.doc ? Y.encodeStateAsUpdate(client.doc, sv) : EMPTY_UPDATE));
  }
}

function countMarkers(client: Client, data: Buffer) {
  const text = data.toString('latin1');
  const now = performance.now();
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const writer = Number(m[1]);
    if (writer === client.writerId) continue; // an echo of its own edit
    const sent = sentAt.get(writer * 1e6 + Number(m[2]));
    if (sent === undefined) {
      lateOrUnknown++;
      continue;
    }
    delivered++;
    latencies.push(now - sent);
  }
}

function ask(msg: object): Promise<any> {
  return new Promise((resolve) => {
    process.once('message', resolve);
    process.send!(msg);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function connectAll(clients: Client[], batch = 50) {
  for (let i = 0; i < clients.length; i += batch) await Promise.all(clients.slice(i, i + batch).map((c) => c.connect()));
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null;
}

function fieldOf(doc: Y.Doc): Y.Text | undefined {
  const value = doc.getMap(cfg.field.map).get(cfg.field.key);
  return value instanceof Y.Text ? value : undefined;
}

async function main() {
  cfg = ((await ask({ phase: 'hello' })) as { config: LoadConfig }).config;
  const rooms = cfg.docNames.length;
  const clients: Client[] = [];
  const writers: Client[] = [];
  const full: Client[] = [];
  let nextWriter = 1;
  for (let room = 0; room < rooms; room++) {
    for (let i = 0; i < cfg.clientsPerRoom; i++) {
      const kind = i < cfg.writersPerRoom ? 'writer' : i >= cfg.clientsPerRoom - cfg.fullPerRoom ? 'full' : 'thin';
      const c = makeClient(room, kind, kind === 'writer' ? nextWriter++ : 0);
      clients.push(c);
      if (kind === 'writer') writers.push(c);
      if (kind === 'full') full.push(c);
    }
  }
  if (cfg.mode === 'idle') return idlePhases(clients);
  if (cfg.mode === 'cold') return coldLoad(clients[0], cfg.warmDocName ? makeClient(0, 'full', 0, cfg.warmDocName) : undefined);
  const t0 = performance.now();
  await connectAll(clients);
  const connectMs = performance.now() - t0;
  const firstSync = summary(clients.map((c) => c.syncedAt));
  if (cfg.mode === 'storm') return reconnectStorm(clients, writers, connectMs);

  // Fan-out. Writer 1 of each room makes sure the text exists (Roundtable's server already created it); the room's
  // other writers start from its state, held in this process.
  for (const w of writers) {
    if (w !== writers.find((o) => o.room === w.room)) continue;
    if (!fieldOf(w.doc!)) {
      const before = Y.encodeStateVector(w.doc!);
      w.doc!.getMap(cfg.field.map).set(cfg.field.key, new Y.Text());
      w.ws!.send(syncMessage(w.docName, UPDATE, Y.encodeStateAsUpdate(w.doc!, before)));
    }
  }
  await sleep(500);
  // Each room's writers start from its first writer's state as the server holds it, taken before anyone precomputes
  // (a writer starting from another's precomputed, unsent edits would send updates the server cannot place yet).
  const startOf = new Map<number, Uint8Array>();
  for (const w of writers) if (!startOf.has(w.room)) startOf.set(w.room, Y.encodeStateAsUpdate(w.doc!));
  const perWriter = Math.ceil(cfg.ratePerWriter * cfg.durationS);
  for (const w of writers) {
    Y.applyUpdate(w.doc!, startOf.get(w.room)!);
    const text = fieldOf(w.doc!)!;
    let last: Uint8Array | null = null;
    const onUpdate = (u: Uint8Array) => (last = u);
    w.doc!.on('update', onUpdate);
    for (let s = 0; s < perWriter; s++) {
      text.insert(text.length, `#${w.writerId}:${s}#`);
      w.updates.push(syncMessage(w.docName, UPDATE, last!));
    }
    w.doc!.off('update', onUpdate);
  }

  await ask({ phase: 'measureStart' });
  measuring = true;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const interval = 1000 / cfg.ratePerWriter;
  let sent = 0;
  await Promise.all(
    writers.map(async (w) => {
      await sleep(Math.random() * interval);
      const begin = performance.now();
      for (let s = 0; s < perWriter; s++) {
        const due = begin + s * interval;
        const wait = due - performance.now();
        if (wait > 1) await sleep(wait);
        sendLag.push(performance.now() - due);
        if (w.ws!.readyState !== WebSocket.OPEN) break;
        sentAt.set(w.writerId * 1e6 + s, performance.now());
        w.ws!.send(w.updates[s]);
        sent++;
        expected += cfg.clientsPerRoom - 1;
      }
    }),
  );
  const sendMs = performance.now() - started;
  // Drain: until everything expected arrived, or 3 s.
  const drainUntil = performance.now() + 3000;
  while (delivered < expected && performance.now() < drainUntil) await sleep(20);
  const wallMs = performance.now() - started;
  measuring = false;
  const cpu = process.cpuUsage(cpu0);
  await ask({ phase: 'measureEnd' });

  // Convergence: every full client holds every writer's last edit.
  let converged = false;
  const until = performance.now() + 5000;
  while (!converged && performance.now() < until) {
    converged = full.every((f) =>
      writers.every((w) => w.room !== f.room || (Y.decodeStateVector(Y.encodeStateVector(f.doc!)).get(w.doc!.clientID) ?? 0) >= Y.getState(w.doc!.store, w.doc!.clientID)),
    );
    if (!converged) await sleep(100);
  }
  latencies.sort((a, b) => a - b);
  sendLag.sort((a, b) => a - b);
  const closed = clients.filter((c) => c.ws!.readyState !== WebSocket.OPEN).length;
  for (const c of clients) c.ws!.terminate();
  process.send!({
    phase: 'result',
    result: {
      connections: clients.length,
      connectMs,
      firstSyncP50: firstSync.p50,
      firstSyncP99: firstSync.p99,
      sent,
      expected,
      delivered,
      deliveredRatio: expected ? delivered / expected : null,
      lateOrUnknown,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? null,
      sendMs,
      wallMs,
      loadgenBusy: (cpu.user + cpu.system) / 1000 / wallMs,
      sendLagP99: percentile(sendLag, 99),
      converged,
      closedSockets: closed,
    },
  });
}

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? null };
}

/** Memory at rest, then with one connection per document (every document loaded), then with all of them. */
async function idlePhases(clients: Client[]) {
  const firsts = clients.filter((c, i) => i === 0 || clients[i - 1].room !== c.room);
  const rest = clients.filter((c) => !firsts.includes(c));
  await ask({ phase: 'idleRest' });
  const t0 = performance.now();
  await connectAll(firsts);
  await sleep(1000);
  await ask({ phase: 'idleDocs', docs: firsts.length });
  await connectAll(rest);
  const connectMs = performance.now() - t0;
  await sleep(1000);
  await ask({ phase: 'idleConnections', connections: rest.length });
  for (const c of clients) c.ws!.terminate();
  process.send!({ phase: 'result', result: { connections: clients.length, connectMs } });
}

/** One full client opens a document the server must load from the store: the time to its first sync. */
async function coldLoad(client: Client, warmUp?: Client) {
  if (warmUp) await warmUp.connect();
  await ask({ phase: 'measureStart' });
  await client.connect();
  // Work the load leaves behind (a compaction's write) counts too.
  await sleep(500);
  await ask({ phase: 'measureEnd' });
  process.send!({ phase: 'result', result: { firstSyncMs: client.syncedAt, stateBytes: Y.encodeStateAsUpdate(client.doc!).length } });
}

/** Each room's writer fills its document; then every client leaves and comes back within rejoinWithinMs. */
async function reconnectStorm(clients: Client[], writers: Client[], connectMs: number) {
  const chunkChars = 90_000;
  for (const w of writers) {
    const fragment = w.doc!.getXmlFragment(cfg.fillFragments![w.room]);
    let last: Uint8Array | null = null;
    const onUpdate = (u: Uint8Array) => (last = u);
    w.doc!.on('update', onUpdate);
    for (let filled = 0; filled < cfg.docBytes!; filled += chunkChars) {
      w.doc!.transact(() => {
        const text = new Y.XmlText();
        fragment.insert(fragment.length, [text]);
        text.insert(0, 'x'.repeat(chunkChars));
      });
      w.ws!.send(syncMessage(w.docName, UPDATE, last!));
    }
    w.doc!.off('update', onUpdate);
    await sleep(5);
  }
  // Until every other client has received its room's content (or 60 s).
  const filledBy = performance.now() + 60_000;
  const others = clients.filter((c) => c.kind !== 'writer');
  while (others.some((c) => c.bytesIn < cfg.docBytes!) && performance.now() < filledBy) await sleep(100);
  const filled = others.filter((c) => c.bytesIn >= cfg.docBytes!).length;
  await sleep(500);

  const cpu0 = process.cpuUsage();
  await ask({ phase: 'measureStart' });
  const started = performance.now();
  const thin = others.map((c) => {
    c.ws!.terminate();
    // They come back as new clients holding nothing: the server sends each the whole document.
    c.doc = undefined;
    c.bytesIn = 0;
    return c;
  });
  const spread = cfg.rejoinWithinMs ?? 1000;
  await Promise.all(
    thin.map(async (c, i) => {
      await sleep((i / thin.length) * spread);
      await c.connect();
    }),
  );
  const wallMs = performance.now() - started;
  await ask({ phase: 'measureEnd' });
  const cpu = process.cpuUsage(cpu0);
  const sync = summary(thin.map((c) => c.syncedAt));
  // Each rejoined client must have been sent the document in its first sync.
  const resynced = thin.filter((c) => c.bytesIn >= cfg.docBytes!).length;
  for (const c of clients) c.ws!.terminate();
  process.send!({
    phase: 'result',
    result: {
      reconnections: thin.length,
      filledClients: filled,
      expectedFilled: others.length,
      resyncedWithDocument: resynced,
      wallMs,
      resyncP50: sync.p50,
      resyncP99: sync.p99,
      resyncMax: sync.max,
      loadgenBusy: (cpu.user + cpu.system) / 1000 / wallMs,
      connectMs,
    },
  });
}

main().catch((err) => {
  process.send!({ phase: 'error', error: String(err?.stack ?? err) });
});
