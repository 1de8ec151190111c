// The benchmark's Markdown table: one row per workload, one column per server; CPU figures with their ratio to the
// relay (the floor) and to Roundtable.
import { isRoundtable, type ServerName, type Workload } from './workloads.js';

export type Results = Record<string, Partial<Record<ServerName, Record<string, any>>>>;

export interface ReportInput {
  machine: {
    nproc: number;
    model: string;
    node: string;
    taskset: boolean;
    commit: string;
    loadavgBefore: number[];
    loadavgAfter: number[];
    seconds: number;
    quick: boolean;
    at: string;
  };
  versions: Record<string, string>;
  servers: ServerName[];
  workloads: Workload[];
  results: Results;
}

const fmt = (n: unknown, digits = 1) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(digits) : '–');

/** "(×2.1 relay, ×0.8 RT)": the figure against the same figure of the relay and of Roundtable. */
function ratios(name: ServerName, value: number | undefined, row: Results[string], key: string): string {
  const parts: string[] = [];
  const relay = row.relay?.[key] as number | undefined;
  const roundtable = row.roundtable?.[key] as number | undefined;
  if (value && relay && name !== 'relay') parts.push(`×${fmt(value / relay)} relay`);
  if (value && roundtable && name !== 'roundtable') parts.push(`×${fmt(value / roundtable)} RT`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

function cell(w: Workload, name: ServerName, row: Results[string]): string {
  const r = row[name];
  if (!r) return '–';
  if (r.error) return `failed: ${String(r.error).split('\n')[0].slice(0, 80)}`;
  const flags = [
    ...(r.valid === false ? [`**invalid**: ${r.invalidBecause}`] : []),
    ...(typeof r.deliveredRatio === 'number' && r.deliveredRatio < 0.999 ? [`delivered ${fmt(r.deliveredRatio * 100)}%`] : []),
    ...(r.converged === false ? ['NOT converged'] : []),
  ];
  const tail = flags.length ? `; ${flags.join(', ')}` : '';
  switch (w.mode) {
    case 'idle':
      return `${fmt(r.kbPerConnection)} KB/conn, ${fmt(r.kbPerDoc)} KB/doc, RSS at rest ${fmt(r.rssAtRestMb, 0)} MB${tail}`;
    case 'cold':
      return `first sync ${fmt(r.firstSyncMs)} ms, longest block ${fmt(r.eldMaxMs)} ms${tail}`;
    case 'storm':
      return `${fmt(r.cpuUsPerReconnect / 1000, 2)} ms CPU/reconnect${ratios(name, r.cpuUsPerReconnect, row, 'cpuUsPerReconnect')}, sync p50 ${fmt(r.resyncP50, 0)} / p99 ${fmt(r.resyncP99, 0)} ms, loop p99 ${fmt(r.eldP99Ms)} ms${tail}`;
    default:
      return `${fmt(r.cpuUsPerMsg)} µs/msg${ratios(name, r.cpuUsPerMsg, row, 'cpuUsPerMsg')}, p99 ${fmt(r.p99)} ms, loop p99 ${fmt(r.eldP99Ms)} ms${tail}`;
  }
}

export function renderReport({ machine, versions, servers, workloads, results }: ReportInput): string {
  const header =
    `Machine: ${machine.nproc} × ${machine.model}; Node ${machine.node}; Roundtable at ${machine.commit}; ` +
    `${Object.entries(versions).map(([p, v]) => `${p} ${v}`).join(', ')}; ` +
    `load average ${machine.loadavgBefore.join(' ')} before, ${machine.loadavgAfter.join(' ')} after; ` +
    `${machine.taskset ? 'server on CPU 0, load generator on CPU 1' : 'not pinned (no taskset)'}; ${machine.at.slice(0, 16)}Z, ${machine.quick ? 'quick' : 'full'} run, ${machine.seconds} s`;
  const busy = Math.max(machine.loadavgBefore[0], machine.loadavgAfter[0]) > machine.nproc;
  const lines = [
    header,
    ...(busy ? ['', `**Machine busy** (load average above ${machine.nproc} during the run): other processes shared both CPUs, so latencies are inflated and only the CPU columns compare.`] : []),
    '',
    `| workload | ${servers.join(' | ')} |`,
    `| --- | ${servers.map(() => '---').join(' | ')} |`,
    ...workloads.map((w) => `| ${w.title} | ${servers.map((s) => (w.servers && !w.servers.includes(s) ? 'n/a' : cell(w, s, results[w.id] ?? {}))).join(' | ')} |`),
    '',
    'Fan-out cells: server CPU per delivered update message (utime+stime of the server process ÷ messages delivered to sockets), ' +
      'its ratio to the relay and to Roundtable (RT), fan-out p99 from send to delivery, the server’s event-loop delay p99. ' +
      `${servers.some(isRoundtable) ? 'Roundtable runs with session authentication and persistence on (every update stored); ' : ''}` +
      'Hocuspocus and y-websocket keep documents in memory. Storm: server CPU per reconnection and the time to first sync. ' +
      'Cold loads: Roundtable only (the peers store nothing): time to first sync of a document with that many stored updates, ' +
      'and the longest event-loop block meanwhile. Idle: RSS growth per loaded document and per further connection, RSS at rest. ' +
      'A run is invalid when the load generator or its CPU was over 70% busy. Details (p50, max, delivered ÷ expected, ' +
      'heap, send lag, convergence, first sync at connect) in latest.json.',
  ];
  return lines.join('\n') + '\n';
}
