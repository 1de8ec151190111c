// Two server processes sharing meeting rooms through Redis (@socket.io/redis-adapter): presence and
// the chair's moves reach clients connected to the other process.
import { cp } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorAck, type JoinResult } from '../../shared/live/controlEvents.js';
import { loginAs } from '../support/http.js';
import { spawnServer, waitForExit, type ServerProcess } from '../support/process.js';
import { PASSWORD, startTestServer, tempDataDir } from '../support/server.js';
import { closeAllClients, connected, controlClient, type ControlClient } from './controlSupport.js';
import { waitFor } from './support.js';

const WAIT_MS = 20_000;

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function redisReachable(): Promise<boolean> {
  const { hostname, port } = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

const reachable = await redisReachable();
if (!reachable && process.env.REQUIRE_REDIS === '1') throw new Error(`Redis is not reachable at ${REDIS_URL} and REQUIRE_REDIS=1`);
if (!reachable) console.warn(`Redis is not reachable at ${REDIS_URL}: skipping the two-process test`);

describe.skipIf(!reachable)('meeting control across two processes (Redis adapter)', () => {
  const processes: ServerProcess[] = [];
  let meetingId: string;
  let agenda: { id: string }[];

  beforeAll(async () => {
    // One seeded store copied twice, so both processes know the same users and meeting.
    const seeded = await startTestServer();
    meetingId = seeded.demo.meeting._id;
    agenda = seeded.demo.meeting.agenda;
    await seeded.stop();
    const copy = await tempDataDir();
    await cp(seeded.dataDir, copy, { recursive: true });
    processes.push(...(await Promise.all([seeded.dataDir, copy].map((DATA_DIR) => spawnServer({ DATA_DIR, REDIS_URL })))));
  });

  afterAll(async () => {
    closeAllClients();
    for (const { child } of processes) {
      child.kill('SIGTERM');
      await waitForExit(child);
    }
  });

  async function joinedOn(server: ServerProcess, username: string): Promise<{ socket: ControlClient; result: JoinResult }> {
    const api = await loginAs(server.url, username, PASSWORD);
    const socket = controlClient(server.url, api.cookie);
    await connected(socket);
    const result = await socket.timeout(15_000).emitWithAck('meeting:join', { meetingId });
    if (isErrorAck(result)) throw new Error(result.error);
    return { socket, result };
  }

  it('shares presence and the current item between processes', async () => {
    const [a, b] = processes;
    const chair = await joinedOn(a, 'chair');
    const police = await joinedOn(b, 'police');
    expect(police.result.presence.map((u) => u.displayName).sort()).toEqual(['PC Dan Reeves', 'Sam Okafor (SPO, chair)']);
    await waitFor(() => chair.socket.presences.some((p) => p.users.length === 2), WAIT_MS, 'the chair (process A) to see police (process B)');

    const t0 = Date.now();
    const ack = await chair.socket.timeout(15_000).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[2].id });
    expect(ack).toMatchObject({ currentItemId: agenda[2].id });
    await waitFor(() => police.socket.states.find((s) => s.currentItemId === agenda[2].id), WAIT_MS, 'police on process B to receive the move');
    console.log(`current item from process A reached a client of process B in ${Date.now() - t0} ms`);

    police.socket.disconnect();
    await waitFor(() => chair.socket.presences.at(-1)?.users.length === 1, WAIT_MS, 'police to leave the shared room');
  });
});
