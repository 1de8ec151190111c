// CSRF and cross-site WebSocket hijacking: with the chair's cookie, requests and upgrades from another site's
// page are refused (403, one 'access.refused' audit entry with reason 'origin'); from the app's own origin they work.
import WebSocket from 'ws';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/services/audit.js';
import { meetingDocName } from '../../shared/live/docNames.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { adminOf } from './accountSupport.js';

const EVIL = 'https://evil.example';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let server: TestServer;
let admin: ApiClient;
let chair: ApiClient;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startTestServer();
  admin = await adminOf(server);
  chair = await loginAs(server.url, 'chair', PASSWORD);
});
afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await server.stop();
});

async function originRefusals(): Promise<AuditEntry[]> {
  const res = await admin.get('/api/audit?limit=200&action=access.refused');
  expect(res.status).toBe(200);
  return (res.body.items as AuditEntry[]).filter((entry) => entry.details?.reason === 'origin');
}

async function meetingStatus(): Promise<string> {
  return (await chair.get(`/api/meetings/${server.demo.meeting._id}`)).body.status as string;
}

describe('state-changing requests from another site', () => {
  it.each(['start', 'close'])('POST /api/meetings/:id/%s with a form from https://evil.example is refused and changes nothing', async (step) => {
    const before = (await originRefusals()).length;
    const statusBefore = await meetingStatus();
    const res = await chair.request('POST', `/api/meetings/${server.demo.meeting._id}/${step}`, 'confirm=yes', { ...FORM, origin: EVIL });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/came from another website and was refused/);
    expect(await meetingStatus()).toBe(statusBefore);
    const refusals = await originRefusals();
    expect(refusals).toHaveLength(before + 1);
    expect(refusals[0]).toMatchObject({
      userId: server.demo.users.chair._id,
      details: { reason: 'origin', origin: EVIL, method: 'POST', path: `/api/meetings/${server.demo.meeting._id}/${step}`, status: 403 },
    });
  });

  it('POST /api/auth/logout from https://evil.example is refused and the session goes on', async () => {
    const res = await chair.request('POST', '/api/auth/logout', 'x=1', { ...FORM, origin: EVIL });
    expect(res.status).toBe(403);
    expect((await chair.get('/api/me')).status).toBe(200);
  });

  it('without Origin, Sec-Fetch-Site decides: cross-site and same-site are refused, same-origin passes', async () => {
    const path = `/api/meetings/${server.demo.meeting._id}`;
    expect((await chair.request('PATCH', path, { title: 'x' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await chair.request('PATCH', path, { title: 'x' }, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await chair.request('POST', '/api/auth/logout', undefined, { origin: 'null' })).status).toBe(403);
    const title = server.demo.meeting.title;
    expect((await chair.request('PATCH', path, { title }, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  it('from the app\'s own origin, and from programs that send no Origin, the same requests work', async () => {
    const own = new URL(server.url).origin;
    const started = await chair.request('POST', `/api/meetings/${server.demo.meeting._id}/start`, {}, { origin: own, 'sec-fetch-site': 'same-origin' });
    expect(started.status).toBe(200);
    expect(await meetingStatus()).toBe('live');
    const other = await loginAs(server.url, 'probation', PASSWORD);
    expect((await other.request('POST', '/api/auth/logout')).status).toBe(204);
    expect((await other.get('/api/me')).status).toBe(401);
  });

  it('reads are not checked: GET with a foreign Origin still answers (CORS keeps the answer from the other page)', async () => {
    const res = await chair.request('GET', '/api/me', undefined, { origin: EVIL });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

function yjsUpgrade(origin: string): Promise<'open' | number> {
  const url = `${server.url.replace(/^http/, 'ws')}/yjs/${meetingDocName(server.demo.meeting._id)}`;
  const ws = new WebSocket(url, { headers: { cookie: chair.cookie }, origin });
  return new Promise((resolve) => {
    ws.on('error', () => {});
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
  });
}

function controlHandshake(origin: string, transports: ('polling' | 'websocket')[]): Promise<'connected' | string> {
  const socket = io(server.url, { extraHeaders: { cookie: chair.cookie, origin }, transports, reconnection: false, forceNew: true });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

describe('WebSocket upgrades from another site', () => {
  it('the Yjs upgrade is refused with 403 before it completes, and audited; from the own origin it opens', async () => {
    const before = (await originRefusals()).length;
    expect(await yjsUpgrade(EVIL)).toBe(403);
    const refusals = await originRefusals();
    expect(refusals).toHaveLength(before + 1);
    expect(refusals[0].details).toMatchObject({ reason: 'origin', origin: EVIL, channel: 'yjs', status: 403 });
    expect(await yjsUpgrade(new URL(server.url).origin)).toBe('open');
  });

  it('the Socket.IO handshake is refused over polling and WebSocket alike; from the own origin it connects', async () => {
    const before = (await originRefusals()).length;
    expect(await controlHandshake(EVIL, ['polling'])).not.toBe('connected');
    expect(await controlHandshake(EVIL, ['websocket'])).not.toBe('connected');
    const refusals = await originRefusals();
    expect(refusals).toHaveLength(before + 2);
    expect(refusals[0].details).toMatchObject({ reason: 'origin', origin: EVIL, channel: 'socket.io' });
    expect(await controlHandshake(new URL(server.url).origin, ['websocket'])).toBe('connected');
    expect(await controlHandshake(new URL(server.url).origin, ['polling'])).toBe('connected');
  });
});
