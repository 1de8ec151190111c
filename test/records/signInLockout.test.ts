// Per-account lockout and per-address throttling of sign-in, against real servers with configured windows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../server/config.js';
import { ApiClient, loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const LOCKED = /^Too many failed sign-ins for this account\. Try again after \d\d:\d\d\.$/;

/** Starts a server with some environment set while its app is built (TRUSTED_PROXIES, LOCKOUT_*). */
async function startWithEnv(env: Record<string, string>, overrides: Partial<Config> = {}): Promise<TestServer> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await startTestServer(overrides);
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function attempt(url: string, username: string, password: string, from?: string) {
  const client = new ApiClient(url);
  return client
    .request('POST', '/api/auth/login', { username, password }, from ? { 'x-forwarded-for': from } : {})
    .then(async (res) => ({ status: res.status, cookie: res.headers.get('set-cookie'), body: (await res.json()) as { error?: string; user?: unknown } }));
}

describe('account lockout behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithEnv({ TRUSTED_PROXIES: '127.0.0.1,::1' }, { loginAttemptLimit: 5 });
  });
  afterAll(() => server.stop());

  it('locks an account after 20 failures from many addresses; the right password then does not sign in', async () => {
    for (let i = 1; i < 20; i++) expect((await attempt(server.url, 'chair', 'wrong-password', `203.0.113.${i}`)).status).toBe(401);
    const twentieth = await attempt(server.url, 'chair', 'wrong-password', '203.0.113.20');
    expect(twentieth.status).toBe(429);
    expect(twentieth.body.error).toMatch(LOCKED);

    const right = await attempt(server.url, 'chair', PASSWORD, '203.0.113.21');
    expect(right.status).toBe(429);
    expect(right.body.error).toMatch(LOCKED);
    expect(right.cookie).toBeNull();
    expect(right.body).not.toHaveProperty('user');

    // Another account at the same address is not locked.
    const other = await attempt(server.url, 'housing', PASSWORD, '203.0.113.20');
    expect(other.status).toBe(200);
    expect(other.cookie).toMatch(/^roundtable\.sid=/);

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const audit = await admin.get('/api/audit?action=auth.lockout');
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].details).toMatchObject({ username: 'chair', ip: '203.0.113.20', failures: 20 });
  });

  it('locks an unknown username alike, with the same kind of message', async () => {
    let last = await attempt(server.url, 'nobody-at-all', 'wrong-password', '198.51.100.1');
    for (let i = 2; i <= 20; i++) last = await attempt(server.url, 'nobody-at-all', 'wrong-password', `198.51.100.${i}`);
    expect(last.status).toBe(429);
    expect(last.body.error).toMatch(LOCKED);
  });

  it('throttles one user at one address without refusing another user there', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(server.url, 'police', 'wrong-password', '192.0.2.7')).status).toBe(401);
    const throttled = await attempt(server.url, 'police', PASSWORD, '192.0.2.7');
    expect(throttled.status).toBe(429);
    expect(throttled.body.error).toMatch(/Too many sign-in attempts/);
    expect((await attempt(server.url, 'probation', PASSWORD, '192.0.2.7')).status).toBe(200);
    // The same user from another address is not throttled (and not locked: 5 is far below 20).
    expect((await attempt(server.url, 'police', PASSWORD, '192.0.2.8')).status).toBe(200);
  });
});

describe('without trusted proxies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithEnv({ TRUSTED_PROXIES: '' }, { loginAttemptLimit: 3 });
  });
  afterAll(() => server.stop());

  it('ignores a rotating X-Forwarded-For: the limit counts the real peer', async () => {
    for (let i = 0; i < 3; i++) expect((await attempt(server.url, 'chair', 'wrong-password', `203.0.113.${i + 50}`)).status).toBe(401);
    const blocked = await attempt(server.url, 'chair', PASSWORD, '203.0.113.99');
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toMatch(/Too many sign-in attempts/);
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const failed = await admin.get('/api/audit?action=auth.login-failed');
    expect(failed.body.items.map((entry: { details: { ip: string } }) => entry.details.ip)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
  });
});

describe('a lock ends', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startWithEnv({ LOCKOUT_THRESHOLD: '3', LOCKOUT_SECONDS: '2', LOGIN_DELAY_FREE_FAILURES: '1', LOGIN_DELAY_BASE_MS: '20' });
  });
  afterAll(() => server.stop());

  it('refuses the right password while locked and accepts it once the configured lock is over', async () => {
    for (let i = 0; i < 2; i++) expect((await attempt(server.url, 'minutes', 'wrong-password')).status).toBe(401);
    const locked = await attempt(server.url, 'minutes', 'wrong-password');
    expect(locked.status).toBe(429);
    const started = Date.now();
    expect((await attempt(server.url, 'minutes', PASSWORD)).status).toBe(429);
    await expect.poll(async () => (await attempt(server.url, 'minutes', PASSWORD)).status, { timeout: 5000, interval: 200 }).toBe(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
