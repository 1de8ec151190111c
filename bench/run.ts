// Side-by-side live-layer benchmark: Roundtable (authentication and persistence on: its embedded store, and MongoDB too
// when MONGODB_URI is set) against Hocuspocus (in memory), the reference y-websocket server and a plain WebSocket relay
// (the floor). One server at a time, fresh for every workload, pinned to CPU 0 with the load generator
// (bench/loadgen.ts) on CPU 1 where taskset exists. Every server runs with bench/serverProbe.mjs, which reports its
// event-loop delay and memory. Workloads: bench/workloads.ts; the table: bench/report.ts.
// Run: npm run bench:quick (under 3 minutes) or npm run bench (full). Writes bench/results/latest.{json,md}.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MongoClient } from 'mongodb';
import type { LoadConfig, Protocol } from './loadgen.js';
import { renderReport, type Results } from './report.js';
import { ALL_SERVERS, FULL, isRoundtable, QUICK, type ServerName, type Workload } from './workloads.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--servers='))?.slice(10).split(',');
const onlyWorkloads = process.argv.find((a) => a.startsWith('--workloads='))?.slice(12).split(',');
// --profile: Roundtable's server writes a V8 CPU profile of each measured window to bench/results/profiles/ (open in
// Chrome DevTools, or summarise with bench/profileTop.ts).
const profile = process.argv.includes('--profile');
// --profile-process: a profile of Roundtable's whole process instead (start-up, connecting and the window), written at exit.
const profileProcess = process.argv.includes('--profile-process');
const PROFILE_DIR = path.join(root, 'bench/results/profiles');
const mongoUri = process.env.MONGODB_URI || undefined;
const hasTaskset = spawnSync('taskset', ['-V']).status === 0 && cpus().length >= 2;
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);
const SESSION_SECRET = randomBytes(32).toString('hex');
const LOADGEN_CPU = 1;
const log = (...args: unknown[]) => console.error('[bench]', ...args);

const SERVERS = ALL_SERVERS.filter((s) => (only ? only.includes(s) : s !== 'roundtable-mongo' || Boolean(mongoUri)));
if (SERVERS.includes('roundtable-mongo') && !mongoUri) throw new Error('roundtable-mongo needs MONGODB_URI');
const WORKLOADS = [...(quick ? QUICK : FULL)].filter((w) => !onlyWorkloads || onlyWorkloads.includes(w.id));
const serversOf = (w: Workload) => SERVERS.filter((s) => !w.servers || w.servers.includes(s));
const MAX_ROOMS = Math.max(...WORKLOADS.map((w) => w.rooms));

// ---------- processes ----------

function pinned(cpu: number, cmd: string, args: string[]): [string, string[]] {
  return hasTaskset ? ['taskset', ['-c', String(cpu), cmd, ...args]] : [cmd, args];
}

function cpuTicks(pid: number, file = `/proc/${pid}/stat`): number {
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
}

/** CPU ticks per thread name of a process (main JS thread "node", libuv pool "libuv-worker", GC "V8 …", LevelDB …). */
function threadTicks(pid: number): Record<string, number> {
  const byName: Record<string, number> = {};
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      byName[name] = (byName[name] ?? 0) + cpuTicks(Number(tid), `/proc/${pid}/task/${tid}/stat`);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return byName;
}

/** Busy and total ticks of one CPU, from /proc/stat. */
function coreTicks(cpu: number): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((l) => l.startsWith(`cpu${cpu} `));
  const values = (line ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, v) => sum + v, 0);
  return { busy: total - (values[3] ?? 0) - (values[4] ?? 0), total };
}

interface Stats {
  eldP99Ms: number;
  eldMaxMs: number;
  rssMb: number;
  heapMb: number;
  arrayBuffersMb: number;
}

interface Running {
  child: ChildProcess;
  info: Record<string, any>;
  /** Asks the server's probe (bench/serverProbe.mjs). */
  probe(message: { probe: 'reset' | 'profile-start' } | { probe: 'read'; gc?: boolean } | { probe: 'profile-stop'; file: string }): Promise<Stats>;
  stop(): Promise<void>;
}

/** Node with the probe loaded and gc exposed (memory is measured after a full collection). */
const nodeArgs = (args: string[]) => ['--expose-gc', '--import', './bench/serverProbe.mjs', ...args];

function probeOf(child: ChildProcess): Running['probe'] {
  return (message) =>
    new Promise((resolve) => {
      const onMessage = (reply: any) => {
        if (!['stats', 'reset', 'profiling', 'profiled'].includes(reply?.probe)) return;
        child.off('message', onMessage);
        resolve(reply as Stats);
      };
      child.on('message', onMessage);
      child.send(message);
    });
}

/** Starts a server; `ready` reads its stdout until it says where it listens. */
function startProcess(name: string, args: string[], env: Record<string, string>, ready: (out: string) => Record<string, any> | null): Promise<Running> {
  const [c, a] = pinned(0, process.execPath, nodeArgs(args));
  const child = spawn(c, a, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s: ${stderr.slice(-2000)}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening: ${stderr.slice(-2000)}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const info = ready(out);
      if (!info) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({
        child,
        info,
        probe: probeOf(child),
        async stop() {
          child.kill('SIGTERM');
          const t = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exited;
          clearTimeout(t);
        },
      });
    });
  });
}

/** A server that prints one JSON line ({ port, … }) when it listens. */
function jsonLine(out: string): Record<string, any> | null {
  if (!out.includes('\n')) return null;
  const line = out.split('\n').find((l) => l.trim().startsWith('{'));
  return line ? (JSON.parse(line) as Record<string, any>) : null;
}

const tsx = (file: string) => ['--import', 'tsx', path.join('bench', file)];

/** The servers are compiled ahead of time, as in production (no TypeScript loader in the measured process). */
const BUNDLE_DIR = path.join(root, 'node_modules/.cache/roundtable-bench');
const bundled = (file: string) => [path.join(BUNDLE_DIR, file.replace(/\.ts$/, '.mjs'))];

async function bundleServers(): Promise<void> {
  await build({
    entryPoints: ['roundtableServer.ts', 'hocuspocusServer.ts', 'relayServer.ts'].map((f) => path.join(root, 'bench', f)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    target: 'node20.19',
    outdir: BUNDLE_DIR,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
}

function runTsx(file: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...tsx(file), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${file} exited with ${code}`))));
  });
}

// ---------- Roundtable preparation: seeded once (a template data dir, or a MongoDB database), fresh for each run ----------

interface RoundtablePrep {
  /** The embedded store's template data dir (copied for each run). */
  template: string;
  /** MongoDB: the seeded database (its live documents' updates are dropped before each run). */
  mongoDb?: string;
  cookies: string[];
  docNames: string[];
  /** Per room, the case item's notes: what the storm fills. */
  notes: string[];
}

async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

function roundtableEnv(dataDir: string, mongoDb?: string): Record<string, string> {
  return { BENCH_DATA_DIR: dataDir, SESSION_SECRET, ...(mongoDb ? { BENCH_MONGODB_URI: mongoDb } : {}) };
}

async function prepareRoundtable(onMongo: boolean): Promise<RoundtablePrep> {
  const template = await mkdtemp(path.join(tmpdir(), 'roundtable-bench-template-'));
  let mongoDb: string | undefined;
  if (onMongo) {
    const url = new URL(mongoUri!);
    url.pathname = `/roundtable_bench_${randomBytes(4).toString('hex')}`;
    mongoDb = url.toString();
  }
  const t0 = Date.now();
  log(`roundtable${onMongo ? ' on MongoDB' : ''}: seeding`, mongoDb ? 'a database' : template);
  const server = await startProcess('roundtable (seed)', bundled('roundtableServer.ts'), { ...roundtableEnv(template, mongoDb), BENCH_SEED: '1' }, jsonLine);
  try {
    const { port, panelId, chairId, personIds, benchUsers, password } = server.info;
    const base = `http://127.0.0.1:${port}`;
    const chair = await login(base, 'chair', password);
    const cookies = await Promise.all((benchUsers as { username: string }[]).map((u) => login(base, u.username, password)));
    const createMeeting = async (i: number): Promise<{ docName: string; notes: string }> => {
      const personId = personIds[i % personIds.length];
      const res = await fetch(`${base}/api/meetings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: chair },
        body: JSON.stringify({
          panelId,
          title: `Bench room ${i}`,
          type: 'IOM',
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          chairId,
          attendeeIds: (benchUsers as { id: string }[]).map((u) => u.id),
          agenda: [{ title: `Bench case ${i}`, kind: 'case', personId }],
        }),
      });
      if (res.status !== 201) throw new Error(`create meeting: ${res.status} ${await res.text()}`);
      const meeting = (await res.json()) as { _id: string; agenda: { id: string }[] };
      return { docName: `case.${meeting._id}.${personId}`, notes: `notes.${meeting.agenda[0].id}` };
    };
    const rooms: { docName: string; notes: string }[] = [];
    for (let i = 0; i < MAX_ROOMS; i += 20) {
      rooms.push(...(await Promise.all(Array.from({ length: Math.min(20, MAX_ROOMS - i) }, (_, j) => createMeeting(i + j)))));
    }
    log(`roundtable: ready (${cookies.length} users, ${rooms.length} meetings) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return { template, mongoDb, cookies, docNames: rooms.map((r) => r.docName), notes: rooms.map((r) => r.notes) };
  } finally {
    await server.stop();
  }
}

/** MongoDB: each run starts without the documents' updates (and audit) of the previous one, as a fresh data dir does. */
async function resetMongo(db: string): Promise<void> {
  const client = await MongoClient.connect(db);
  try {
    for (const name of ['docUpdates', 'audit']) await client.db().collection(name).deleteMany({});
  } finally {
    await client.close();
  }
}

// ---------- one measurement ----------

interface Target {
  protocol: Protocol;
  base: string;
  docNames: string[];
  cookies: string[];
  notes: string[];
}

async function startTarget(name: ServerName, w: Workload, prep?: RoundtablePrep): Promise<{ server: Running; target: Target; cleanup(): Promise<void> }> {
  const plainNames = Array.from({ length: w.rooms }, (_, i) => `room-${i}`);
  if (isRoundtable(name)) {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtable-bench-run-'));
    await cp(prep!.template, dir, { recursive: true });
    if (prep!.mongoDb) await resetMongo(prep!.mongoDb);
    const docNames = prep!.docNames.slice(0, w.rooms);
    if (w.storedUpdates) await runTsx('fillLog.ts', [dir, docNames[0], String(w.storedUpdates)], prep!.mongoDb ? { MONGODB_URI: prep!.mongoDb } : {});
    const processProfile = profileProcess ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}-${w.id}-process-${Date.now()}.cpuprofile`] : [];
    const server = await startProcess(name, [...processProfile, ...bundled('roundtableServer.ts')], roundtableEnv(dir, prep!.mongoDb), jsonLine);
    return {
      server,
      target: { protocol: 'y-websocket', base: `ws://127.0.0.1:${server.info.port}/yjs`, docNames, cookies: prep!.cookies, notes: prep!.notes.slice(0, w.rooms) },
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const notes = plainNames.map(() => 'notes');
  if (name === 'y-websocket') {
    // The reference server prints "running at '<host>' on port <port>", not JSON: pick a free port ourselves.
    const port = await freePort();
    const server = await startProcess(name, [path.join(root, 'node_modules/@y/websocket-server/src/server.js')], { HOST: '127.0.0.1', PORT: String(port) }, (out) =>
      out.includes('running at') ? { port } : null,
    );
    return { server, target: { protocol: 'y-websocket', base: `ws://127.0.0.1:${port}`, docNames: plainNames, cookies: [''], notes }, cleanup: async () => {} };
  }
  const server = await startProcess(name, bundled(name === 'hocuspocus' ? 'hocuspocusServer.ts' : 'relayServer.ts'), {}, jsonLine);
  const protocol: Protocol = name === 'hocuspocus' ? 'hocuspocus' : 'relay';
  return { server, target: { protocol, base: `ws://127.0.0.1:${server.info.port}`, docNames: plainNames, cookies: [''], notes }, cleanup: async () => {} };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function measure(name: ServerName, w: Workload, prep?: RoundtablePrep): Promise<Record<string, unknown>> {
  const { server, target, cleanup } = await startTarget(name, w, prep);
  const pid = server.child.pid!;
  const [c, a] = pinned(LOADGEN_CPU, process.execPath, tsx('loadgen.ts'));
  const gen = spawn(c, a, { cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const config: LoadConfig = {
    mode: w.mode,
    protocol: target.protocol,
    base: target.base,
    docNames: target.docNames,
    cookies: target.cookies,
    clientsPerRoom: w.clientsPerRoom,
    writersPerRoom: w.writersPerRoom,
    fullPerRoom: w.fullPerRoom,
    ratePerWriter: w.ratePerWriter,
    durationS: w.durationS,
    field: { map: 'risk', key: 'whoAtRisk' },
    fillFragments: target.notes,
    docBytes: w.docBytes,
    rejoinWithinMs: w.rejoinWithinMs,
    // A case document's meeting document: meeting.<meetingId> of case.<meetingId>.<personId>.
    warmDocName: w.warmServer ? `meeting.${target.docNames[0].split('.')[1]}` : undefined,
  };
  let ticks0 = 0;
  let threads0: Record<string, number> = {};
  let core0 = coreTicks(LOADGEN_CPU);
  const extra: Record<string, unknown> = {};
  try {
    const result = await new Promise<Record<string, any>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('load generator timed out')), 300_000);
      gen.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
      gen.on('message', (msg: any) => {
        const answer = (work: Promise<void>) => work.then(() => gen.send({ ok: true }), reject);
        if (msg.phase === 'hello') gen.send({ config });
        else if (msg.phase === 'measureStart') {
          answer(
            (async () => {
              await server.probe({ probe: 'reset' });
              if (profile && isRoundtable(name)) await server.probe({ probe: 'profile-start' });
              ticks0 = cpuTicks(pid);
              threads0 = threadTicks(pid);
              core0 = coreTicks(LOADGEN_CPU);
              extra.rssStartMb = (await server.probe({ probe: 'read' })).rssMb;
            })(),
          );
        } else if (msg.phase === 'measureEnd') {
          answer(
            (async () => {
              const cpuUs = ((cpuTicks(pid) - ticks0) / CLK_TCK) * 1e6;
              // Where the server's CPU went, per thread (ms): the JS thread, the libuv pool (disk syncs), GC, LevelDB.
              extra.cpuMsByThread = Object.fromEntries(
                Object.entries(threadTicks(pid))
                  .map(([name, ticks]) => [name, ((ticks - (threads0[name] ?? 0)) / CLK_TCK) * 1000] as const)
                  .filter(([, ms]) => ms > 0),
              );
              const core = coreTicks(LOADGEN_CPU);
              const stats = await server.probe({ probe: 'read' });
              if (profile && isRoundtable(name)) {
                await mkdir(PROFILE_DIR, { recursive: true });
                extra.profile = path.join(PROFILE_DIR, `${name}-${w.id}-${Date.now()}.cpuprofile`);
                await server.probe({ probe: 'profile-stop', file: extra.profile as string });
              }
              Object.assign(extra, { serverCpuMs: cpuUs / 1000, loadgenCoreBusy: (core.busy - core0.busy) / Math.max(1, core.total - core0.total), eldP99Ms: stats.eldP99Ms, eldMaxMs: stats.eldMaxMs, rssMb: stats.rssMb });
            })(),
          );
        } else if (msg.phase === 'idleRest' || msg.phase === 'idleDocs' || msg.phase === 'idleConnections') {
          answer(
            (async () => {
              const stats = await server.probe({ probe: 'read', gc: true });
              extra[msg.phase] = { ...stats, docs: msg.docs, connections: msg.connections };
            })(),
          );
        } else if (msg.phase === 'result') {
          clearTimeout(timer);
          resolve(msg.result);
        } else if (msg.phase === 'error') {
          clearTimeout(timer);
          reject(new Error(msg.error));
        }
      });
    });
    return derive(w, { ...result, ...extra });
  } finally {
    gen.kill('SIGKILL');
    await server.stop();
    await cleanup();
  }
}

/** The per-workload figures the table shows, from what the load generator and the probe reported. */
function derive(w: Workload, out: Record<string, any>): Record<string, unknown> {
  if (w.mode === 'fanout') out.cpuUsPerMsg = out.delivered ? (out.serverCpuMs * 1000) / out.delivered : null;
  if (w.mode === 'storm') {
    out.cpuUsPerReconnect = (out.serverCpuMs * 1000) / out.reconnections;
    // Delivered ÷ expected: rejoined clients whose first sync carried the whole document.
    out.deliveredRatio = out.reconnections ? out.resyncedWithDocument / out.reconnections : null;
  }
  if (w.mode === 'idle') {
    const { idleRest: rest, idleDocs: docs, idleConnections: conns } = out;
    out.rssAtRestMb = rest.rssMb;
    out.kbPerDoc = ((docs.rssMb - rest.rssMb) * 1024) / docs.docs;
    out.kbPerConnection = ((conns.rssMb - docs.rssMb) * 1024) / conns.connections;
    out.heapKbPerDoc = ((docs.heapMb - rest.heapMb) * 1024) / docs.docs;
    out.heapKbPerConnection = ((conns.heapMb - docs.heapMb) * 1024) / conns.connections;
  }
  const busy = Math.max(out.loadgenBusy ?? 0, out.loadgenCoreBusy ?? 0);
  out.valid = busy <= 0.7;
  if (!out.valid) out.invalidBecause = `load generator ${(100 * (out.loadgenBusy ?? 0)).toFixed(0)}% busy, its CPU ${(100 * (out.loadgenCoreBusy ?? 0)).toFixed(0)}%`;
  return out;
}

// ---------- main ----------

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

async function main() {
  const started = Date.now();
  const machine = {
    nproc: cpus().length,
    model: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown',
    node: process.version,
    taskset: hasTaskset,
    loadavgBefore: loadavg().map((l) => Number(l.toFixed(2))),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).stdout?.toString().trim() || 'unknown',
  };
  const versions = Object.fromEntries(['yjs', 'y-protocols', 'ws', 'classic-level', '@hocuspocus/server', '@y/websocket-server', 'y-websocket'].map((p) => [p, versionOf(p)]));
  log(`${quick ? 'quick' : 'full'} run: ${WORKLOADS.map((w) => w.id).join(', ')} × ${SERVERS.join(', ')}; taskset ${hasTaskset}`);

  const preps: Partial<Record<ServerName, RoundtablePrep>> = {};
  const results: Results = {};
  await bundleServers();
  try {
    if (SERVERS.includes('roundtable')) preps.roundtable = await prepareRoundtable(false);
    if (SERVERS.includes('roundtable-mongo')) preps['roundtable-mongo'] = await prepareRoundtable(true);
    for (const [i, w] of WORKLOADS.entries()) {
      results[w.id] = {};
      // Alternate the order from one workload to the next, so no server always runs first (or last).
      const order = i % 2 === 0 ? serversOf(w) : [...serversOf(w)].reverse();
      for (const name of order) {
        log(`${w.id} on ${name}…`);
        const t0 = Date.now();
        try {
          results[w.id][name] = await measure(name, w, preps[name]);
        } catch (err) {
          results[w.id][name] = { error: String((err as Error).message ?? err) };
        }
        log(`${w.id} on ${name}: ${JSON.stringify(results[w.id][name]).slice(0, 300)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
  } finally {
    for (const prep of Object.values(preps)) await rm(prep.template, { recursive: true, force: true });
  }

  const runInfo = { ...machine, loadavgAfter: loadavg().map((l) => Number(l.toFixed(2))), seconds: Math.round((Date.now() - started) / 1000), quick, at: new Date().toISOString() };
  const md = renderReport({ machine: runInfo, versions, servers: SERVERS, workloads: WORKLOADS, results });
  console.log(md);
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(path.join(root, 'bench/results/latest.json'), JSON.stringify({ machine: runInfo, versions, servers: SERVERS, workloads: WORKLOADS, results }, null, 2) + '\n');
  await writeFile(path.join(root, 'bench/results/latest.md'), md);
}

await main();
