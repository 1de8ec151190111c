// Side-by-side live-layer benchmark: Roundtable (authentication and persistence on) against Hocuspocus (in memory),
// the reference y-websocket server and a plain WebSocket relay (the floor). One server at a time, fresh for every
// workload, pinned to CPU 0 with the load generator (bench/loadgen.ts) on CPU 1 where taskset exists.
// Run: npm run bench:quick (under 3 minutes) or npm run bench (full). Writes bench/results/latest.{json,md}.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadConfig, Protocol } from './loadgen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--servers='))?.slice(10).split(',');
const onlyWorkloads = process.argv.find((a) => a.startsWith('--workloads='))?.slice(12).split(',');
const hasTaskset = spawnSync('taskset', ['-V']).status === 0 && cpus().length >= 2;
const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);
const SESSION_SECRET = randomBytes(32).toString('hex');
const log = (...args: unknown[]) => console.error('[bench]', ...args);

type ServerName = 'roundtable' | 'hocuspocus' | 'y-websocket' | 'relay';
const SERVERS: ServerName[] = (['roundtable', 'hocuspocus', 'y-websocket', 'relay'] as ServerName[]).filter((s) => !only || only.includes(s));

interface Workload {
  id: string;
  title: string;
  mode: LoadConfig['mode'];
  rooms: number;
  clientsPerRoom: number;
  writersPerRoom: number;
  fullPerRoom: number;
  ratePerWriter: number;
  durationS: number;
}

const QUICK: Workload[] = [
  { id: 'rooms200x5', title: '200 rooms × 5 clients, 1 writer/room at 5/s', mode: 'fanout', rooms: 200, clientsPerRoom: 5, writersPerRoom: 1, fullPerRoom: 1, ratePerWriter: 5, durationS: 20 },
  { id: 'room1x200', title: '1 room × 200 clients, 1 writer at 10/s', mode: 'fanout', rooms: 1, clientsPerRoom: 200, writersPerRoom: 1, fullPerRoom: 3, ratePerWriter: 10, durationS: 10 },
];
const FULL: Workload[] = [
  QUICK[0],
  { ...QUICK[1], durationS: 20 },
  { id: 'room1x50w10', title: '1 room × 50 clients, 10% writers at 2/s', mode: 'fanout', rooms: 1, clientsPerRoom: 50, writersPerRoom: 5, fullPerRoom: 3, ratePerWriter: 2, durationS: 20 },
  { id: 'room1x500w10', title: '1 room × 500 clients, 10% writers at 1/s', mode: 'fanout', rooms: 1, clientsPerRoom: 500, writersPerRoom: 50, fullPerRoom: 3, ratePerWriter: 1, durationS: 15 },
  { id: 'storm', title: 'reconnect storm: 100 rooms × 5 clients reconnect at once', mode: 'storm', rooms: 100, clientsPerRoom: 5, writersPerRoom: 0, fullPerRoom: 1, ratePerWriter: 0, durationS: 0 },
  { id: 'idle', title: 'idle memory: 200 rooms × 5 idle clients', mode: 'idle', rooms: 200, clientsPerRoom: 5, writersPerRoom: 0, fullPerRoom: 0, ratePerWriter: 0, durationS: 0 },
];
const WORKLOADS = (quick ? QUICK : FULL).filter((w) => !onlyWorkloads || onlyWorkloads.includes(w.id));
const MAX_ROOMS = Math.max(...WORKLOADS.map((w) => w.rooms));

// ---------- processes ----------

function pinned(cpu: number, cmd: string, args: string[]): [string, string[]] {
  return hasTaskset ? ['taskset', ['-c', String(cpu), cmd, ...args]] : [cmd, args];
}

function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

interface Running {
  child: ChildProcess;
  info: Record<string, any>;
  stop(): Promise<void>;
}

function startProcess(name: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<Running> {
  const [c, a] = pinned(0, cmd, args);
  const child = spawn(c, a, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 120 s: ${stderr.slice(-2000)}`)), 120_000);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before listening: ${stderr.slice(-2000)}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (!line || !out.includes('\n')) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({
        child,
        info: JSON.parse(line),
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

const tsx = (file: string) => ['--import', 'tsx', path.join('bench', file)];

// ---------- Roundtable preparation: seeded once into a template data dir, copied fresh for each run ----------

interface RoundtablePrep {
  template: string;
  cookies: string[];
  docNames: string[];
}

async function login(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function prepareRoundtable(): Promise<RoundtablePrep> {
  const template = await mkdtemp(path.join(tmpdir(), 'roundtable-bench-template-'));
  const t0 = Date.now();
  log('roundtable: seeding a template data dir', template);
  const server = await startProcess('roundtable (seed)', process.execPath, tsx('roundtableServer.ts'), { BENCH_DATA_DIR: template, BENCH_SEED: '1', SESSION_SECRET });
  try {
    const { port, panelId, chairId, personIds, benchUsers, password } = server.info;
    const base = `http://127.0.0.1:${port}`;
    const chair = await login(base, 'chair', password);
    const cookies = await Promise.all((benchUsers as { username: string }[]).map((u) => login(base, u.username, password)));
    const createMeeting = async (i: number): Promise<string> => {
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
      return `case.${((await res.json()) as { _id: string })._id}.${personId}`;
    };
    const docNames: string[] = [];
    for (let i = 0; i < MAX_ROOMS; i += 20) {
      docNames.push(...(await Promise.all(Array.from({ length: Math.min(20, MAX_ROOMS - i) }, (_, j) => createMeeting(i + j)))));
    }
    log(`roundtable: template ready (${cookies.length} users, ${docNames.length} meetings) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return { template, cookies, docNames };
  } finally {
    await server.stop();
  }
}

// ---------- one measurement ----------

interface Target {
  protocol: Protocol;
  base: string;
  docNames: string[];
  cookies: string[];
}

async function startTarget(name: ServerName, rooms: number, prep?: RoundtablePrep): Promise<{ server: Running; target: Target; cleanup(): Promise<void> }> {
  const plainNames = Array.from({ length: rooms }, (_, i) => `room-${i}`);
  if (name === 'roundtable') {
    const dir = await mkdtemp(path.join(tmpdir(), 'roundtable-bench-run-'));
    await cp(prep!.template, dir, { recursive: true });
    const server = await startProcess(name, process.execPath, tsx('roundtableServer.ts'), { BENCH_DATA_DIR: dir, SESSION_SECRET });
    return {
      server,
      target: { protocol: 'y-websocket', base: `ws://127.0.0.1:${server.info.port}/yjs`, docNames: prep!.docNames.slice(0, rooms), cookies: prep!.cookies },
      cleanup: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const server =
    name === 'hocuspocus'
      ? await startProcess(name, process.execPath, tsx('hocuspocusServer.ts'))
      : name === 'relay'
        ? await startProcess(name, process.execPath, tsx('relayServer.ts'))
        : await startYWebsocket();
  const protocol: Protocol = name === 'hocuspocus' ? 'hocuspocus' : name === 'relay' ? 'relay' : 'y-websocket';
  return { server, target: { protocol, base: `ws://127.0.0.1:${server.info.port}`, docNames: plainNames, cookies: [''] }, cleanup: async () => {} };
}

async function startYWebsocket(): Promise<Running> {
  // The reference server prints "running at '<host>' on port <port>", not JSON: pick a port ourselves.
  const port = 20000 + Math.floor(Math.random() * 20000);
  const bin = path.join(root, 'node_modules/@y/websocket-server/src/server.js');
  const [c, a] = pinned(0, process.execPath, [bin]);
  const child = spawn(c, a, { cwd: root, env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`y-websocket exited (${code}): ${stderr.slice(-2000)}`)));
    child.stdout!.on('data', (d) => String(d).includes('running at') && resolve());
  });
  return {
    child,
    info: { port },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function measure(name: ServerName, w: Workload, prep?: RoundtablePrep): Promise<Record<string, unknown>> {
  const { server, target, cleanup } = await startTarget(name, w.rooms, prep);
  const pid = server.child.pid!;
  const [c, a] = pinned(1, process.execPath, tsx('loadgen.ts'));
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
  };
  let ticks0 = 0;
  let rss0 = rssKb(pid);
  let extra: Record<string, unknown> = {};
  try {
    const result = await new Promise<Record<string, any>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('load generator timed out')), 240_000);
      gen.once('exit', (code) => reject(new Error(`load generator exited (${code})`)));
      gen.on('message', (msg: any) => {
        if (msg.phase === 'hello') gen.send({ config });
        else if (msg.phase === 'measureStart') {
          ticks0 = cpuTicks(pid);
          rss0 = rssKb(pid);
          gen.send({ ok: true });
        } else if (msg.phase === 'measureEnd') {
          const cpuUs = ((cpuTicks(pid) - ticks0) / CLK_TCK) * 1e6;
          extra = { serverCpuMs: cpuUs / 1000, rssStartMb: rss0 / 1024, rssMb: rssKb(pid) / 1024 };
          gen.send({ ok: true });
        } else if (msg.phase === 'idle') {
          const rss = rssKb(pid);
          extra = { rssBaseMb: rss0 / 1024, rssMb: rss / 1024, kbPerConnection: (rss - rss0) / msg.connections };
          gen.send({ ok: true });
        } else if (msg.phase === 'result') {
          clearTimeout(timer);
          resolve(msg.result);
        } else if (msg.phase === 'error') {
          clearTimeout(timer);
          reject(new Error(msg.error));
        }
      });
    });
    const out: Record<string, any> = { ...result, ...extra };
    if (w.mode === 'fanout') out.cpuUsPerMsg = out.delivered ? (out.serverCpuMs * 1000) / out.delivered : null;
    if (w.mode === 'storm') out.cpuUsPerReconnect = (out.serverCpuMs * 1000) / out.reconnections;
    out.valid = out.loadgenBusy === undefined || out.loadgenBusy <= 0.7;
    return out;
  } finally {
    gen.kill('SIGKILL');
    await server.stop();
    await cleanup();
  }
}

// ---------- report ----------

function versionOf(pkg: string): string {
  try {
    return JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

const fmt = (n: unknown, digits = 1) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '–');

function cell(w: Workload, r: Record<string, any> | undefined, floor: Record<string, any> | undefined): string {
  if (!r) return '–';
  if (r.error) return `failed: ${String(r.error).split('\n')[0].slice(0, 80)}`;
  const flag = r.valid === false ? ' (invalid: load generator busy)' : '';
  if (w.mode === 'idle') return `${fmt(r.kbPerConnection)} KB/conn, RSS ${fmt(r.rssMb, 0)} MB`;
  if (w.mode === 'storm') {
    const ratio = floor?.cpuUsPerReconnect ? ` (×${fmt(r.cpuUsPerReconnect / floor.cpuUsPerReconnect)})` : '';
    return `${fmt(r.cpuUsPerReconnect, 0)} µs/reconnect${ratio}, resync p99 ${fmt(r.resyncP99, 0)} ms${flag}`;
  }
  const ratio = floor?.cpuUsPerMsg ? ` (×${fmt(r.cpuUsPerMsg / floor.cpuUsPerMsg)})` : '';
  const lost = r.deliveredRatio !== null && r.deliveredRatio < 0.999 ? `, delivered ${fmt(r.deliveredRatio * 100)}%` : '';
  const conv = r.converged === false ? ', NOT converged' : '';
  return `${fmt(r.cpuUsPerMsg)} µs/msg${ratio}, p99 ${fmt(r.p99)} ms${lost}${conv}${flag}`;
}

async function main() {
  const started = Date.now();
  const machine = {
    nproc: cpus().length,
    model: /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown',
    node: process.version,
    taskset: hasTaskset,
    loadavgBefore: loadavg().map((l) => Number(l.toFixed(2))),
  };
  const versions = Object.fromEntries(['yjs', 'y-protocols', 'ws', '@hocuspocus/server', '@y/websocket-server', 'y-websocket'].map((p) => [p, versionOf(p)]));
  log(`${quick ? 'quick' : 'full'} run: ${WORKLOADS.map((w) => w.id).join(', ')} × ${SERVERS.join(', ')}; taskset ${hasTaskset}`);

  let prep: RoundtablePrep | undefined;
  const results: Record<string, Record<string, any>> = {};
  try {
    if (SERVERS.includes('roundtable')) prep = await prepareRoundtable();
    for (const [i, w] of WORKLOADS.entries()) {
      results[w.id] = {};
      // Alternate the order from one workload to the next, so no server always runs first (or last).
      const order = i % 2 === 0 ? SERVERS : [...SERVERS].reverse();
      for (const name of order) {
        log(`${w.id} on ${name}…`);
        const t0 = Date.now();
        try {
          results[w.id][name] = await measure(name, w, prep);
        } catch (err) {
          results[w.id][name] = { error: String((err as Error).message ?? err) };
        }
        log(`${w.id} on ${name}: ${cell(w, results[w.id][name], undefined)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
      }
    }
  } finally {
    if (prep) await rm(prep.template, { recursive: true, force: true });
  }

  const header =
    `Machine: ${machine.nproc} × ${machine.model}; Node ${machine.node}; ` +
    `${Object.entries(versions).map(([p, v]) => `${p} ${v}`).join(', ')}; ` +
    `load average ${machine.loadavgBefore.join(' ')} before, ${loadavg().map((l) => l.toFixed(2)).join(' ')} after; ` +
    `${hasTaskset ? 'server on CPU 0, load generator on CPU 1' : 'not pinned (no taskset)'}; ${new Date().toISOString().slice(0, 16)}Z, ${quick ? 'quick' : 'full'} run, ${((Date.now() - started) / 1000).toFixed(0)} s`;
  const busy = Math.max(machine.loadavgBefore[0], loadavg()[0]) > machine.nproc;
  const lines = [
    header,
    ...(busy ? ['', `**Machine busy** (load average above ${machine.nproc} during the run): other processes shared both CPUs, so latencies are inflated and only the CPU-per-message columns compare.`] : []),
    '',
    `| workload | ${SERVERS.join(' | ')} |`,
    `| --- | ${SERVERS.map(() => '---').join(' | ')} |`,
    ...WORKLOADS.map((w) => `| ${w.title} | ${SERVERS.map((s) => cell(w, results[w.id][s], results[w.id].relay)).join(' | ')} |`),
    '',
    'Cells: server CPU per delivered update message (utime+stime of the server process ÷ messages delivered to sockets), ' +
      '(×N = ratio to the relay), fan-out p99 from send to delivery. Roundtable runs with session authentication and its ' +
      'embedded store (every update persisted); Hocuspocus and y-websocket keep documents in memory. A run is invalid when ' +
      'the load generator was over 70% busy. Details (p50, max, delivered ÷ expected, RSS, send lag, convergence) in latest.json.',
  ];
  const md = lines.join('\n') + '\n';
  console.log(md);
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(root, 'bench/results/latest.json'),
    JSON.stringify({ quick, machine: { ...machine, loadavgAfter: loadavg() }, versions, workloads: WORKLOADS, results }, null, 2) + '\n',
  );
  await writeFile(path.join(root, 'bench/results/latest.md'), md);
  if (!existsSync(path.join(root, 'bench/results/latest.md'))) process.exitCode = 1;
}

await main();
