// Bench target: Roundtable's real server (session authentication on, embedded store with fsync) on BENCH_DATA_DIR, or
// on MongoDB at BENCH_MONGODB_URI.
// With BENCH_SEED=1 it first seeds the demo partnership plus BENCH_USERS bench users: minute-takers, who may open
// every case of a meeting they attend (the live layer allows 64 sockets per user, so the load is spread over them).
// Prints one JSON line when listening: { port, panelId, chairId, personIds, benchUsers, password }.
// Run: SESSION_SECRET=… BENCH_DATA_DIR=/tmp/x BENCH_SEED=1 node --import tsx bench/roundtableServer.ts
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../server/config.js';
import { DEFAULT_DEMO_PASSWORD, seedDemo } from '../server/demo/seedDemo.js';
import { startServer } from '../server/server.js';

const dataDir = process.env.BENCH_DATA_DIR || (await mkdtemp(path.join(tmpdir(), 'roundtable-bench-')));
const server = await startServer(
  loadConfig({ ...process.env, NODE_ENV: 'test', MONGODB_URI: process.env.BENCH_MONGODB_URI ?? '' }, { port: Number(process.env.PORT ?? 0), host: '127.0.0.1', dataDir, logLevel: 'silent' }),
);
let summary: object = {};
if (process.env.BENCH_SEED === '1') {
  const demo = await seedDemo(server, DEFAULT_DEMO_PASSWORD);
  const agencyId = demo.users.minutes.agencyId;
  // In parallel: scrypt runs on the thread pool.
  const benchUsers = await Promise.all(
    Array.from({ length: Number(process.env.BENCH_USERS ?? 20) }, async (_, i) => {
      const username = `bench${i}`;
      const user = await server.services.users.create({ username, displayName: `Bench ${i}`, agencyId, role: 'minute-taker', password: DEFAULT_DEMO_PASSWORD });
      return { id: user._id, username };
    }),
  );
  const meeting = demo.meeting;
  summary = {
    panelId: meeting.panelId,
    chairId: demo.users.chair._id,
    personIds: [...new Set(meeting.agenda.flatMap((item) => (item.personId ? [item.personId] : [])))],
    benchUsers,
    password: DEFAULT_DEMO_PASSWORD,
  };
}
console.log(JSON.stringify({ port: Number(new URL(server.url).port), dataDir, ...summary }));

const stop = () => void server.stop().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
