// Session limits with short configured values: an unused session ends after the idle limit, and any session
// ends at the absolute limit even while in use, for REST and for the live layer's handshakes alike.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { sessionIdOf } from './accountSupport.js';

const IDLE_MS = 2_000;
const ABSOLUTE_MS = 5_000;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ sessionIdleMs: IDLE_MS, sessionAbsoluteMs: ABSOLUTE_MS });
});
afterAll(() => server.stop());

const sessions = () => server.store.collection('sessions');

async function until(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await condition()); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function handshake(cookie: string): Promise<string> {
  const socket = io(server.url, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise<string>((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  }).finally(() => socket.disconnect());
}

describe('session limits', () => {
  it('an unused session ends after the idle limit: 401, and no socket handshake with it', async () => {
    const client = await loginAs(server.url, 'probation', PASSWORD);
    expect((await client.get('/api/me')).status).toBe(200);
    const id = sessionIdOf(client.cookie);
    const doc = await sessions().findOne({ _id: id });
    expect(new Date(doc!.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(IDLE_MS);
    // Wait, without using the session, until its idle expiry has passed.
    await until(async () => Date.now() > new Date(doc!.expiresAt).getTime() + 100, IDLE_MS * 3, 'the idle limit');
    expect(await handshake(client.cookie)).toBe('Sign in to join meetings');
    const me = await client.get('/api/me');
    expect(me.status).toBe(401);
    expect(me.body.error).toBe('You need to sign in');
  });

  it('a session in constant use still ends at the absolute limit, in the store too', async () => {
    const signedInAt = Date.now();
    const client = await loginAs(server.url, 'police', PASSWORD);
    const id = sessionIdOf(client.cookie);
    let last = 200;
    // Used every 200 ms, far more often than the idle limit: only the absolute limit can end it.
    await until(
      async () => {
        last = (await client.get('/api/me')).status;
        if (last === 200) await new Promise((resolve) => setTimeout(resolve, 150));
        return last !== 200;
      },
      ABSOLUTE_MS * 3,
      'the absolute limit',
    );
    const lasted = Date.now() - signedInAt;
    expect(last).toBe(401);
    expect(lasted).toBeGreaterThanOrEqual(ABSOLUTE_MS - 50);
    expect(lasted).toBeLessThan(ABSOLUTE_MS + IDLE_MS);
    // Destroyed, or (when the store's own expiry, capped at the same limit, refused it first) expired.
    const doc = await sessions().findOne({ _id: id });
    if (doc) expect(new Date(doc.expiresAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(await handshake(client.cookie)).toBe('Sign in to join meetings');
  });

  it('signing in again opens a fresh session with its own absolute limit', async () => {
    const client = await loginAs(server.url, 'police', PASSWORD);
    expect((await client.get('/api/me')).status).toBe(200);
    expect(await handshake(client.cookie)).toBe('connected');
  });
});
