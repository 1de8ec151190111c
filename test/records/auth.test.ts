import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DUMMY_HASH_PROMISE } from '../../server/auth/passwords.js';
import { ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

// The server runs in this process, so every password check it makes goes through this spy: the test can
// see which stored hash a sign-in was checked against (the timing itself is measured by bench/login-timing.ts).
const verified = vi.hoisted(() => ({ calls: [] as { stored: string; ok: boolean }[] }));
vi.mock('../../server/auth/passwords.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/auth/passwords.js')>();
  return {
    ...real,
    async verifyPassword(password: string, stored: string): Promise<boolean> {
      const ok = await real.verifyPassword(password, stored);
      verified.calls.push({ stored, ok });
      return ok;
    },
  };
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());
beforeEach(() => {
  verified.calls.length = 0;
});

async function login(username: string, password: string) {
  const client = new ApiClient(server.url);
  const res = await client.request('POST', '/api/auth/login', { username, password });
  return { res, body: await res.json() };
}

/** What a client can tell from an answer: its status, body, and the headers that could differ. */
function answer({ res, body }: Awaited<ReturnType<typeof login>>) {
  return {
    status: res.status,
    body,
    setCookie: res.headers.get('set-cookie'),
    contentType: res.headers.get('content-type'),
    retryAfter: res.headers.get('retry-after'),
  };
}

describe('login', () => {
  it('accepts the right password with an HttpOnly, SameSite=Lax session cookie and returns the user', async () => {
    const { res, body } = await login('chair', PASSWORD);
    expect(res.status).toBe(200);
    expect(body.user.username).toBe('chair');
    expect(body.user).not.toHaveProperty('passwordHash');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^roundtable\.sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a wrong password and an unknown user alike, after the same scrypt check', async () => {
    const dummyHash = await DUMMY_HASH_PROMISE;
    const chairHash = (await server.services.users.findDoc(server.demo.users.chair._id))!.passwordHash;
    for (let i = 0; i < 2; i++) {
      verified.calls.length = 0;
      const wrong = await login('chair', 'not-the-password');
      const wrongChecks = verified.calls.splice(0);
      const unknown = await login('nobody-here', 'not-the-password');
      const unknownChecks = verified.calls.splice(0);

      // The same answer, byte for byte where a client could look.
      expect(answer(wrong)).toEqual(answer(unknown));
      expect(answer(wrong)).toMatchObject({ status: 401, setCookie: null, body: { error: 'The username or password is not right' } });
      // Both paid for exactly one scrypt verification: the account's own hash, or the dummy one.
      expect(wrongChecks).toEqual([{ stored: chairHash, ok: false }]);
      expect(unknownChecks).toEqual([{ stored: dummyHash, ok: false }]);
      expect(dummyHash).toMatch(/^scrypt\$/);
      expect(dummyHash.split('$').slice(0, 4)).toEqual(chairHash.split('$').slice(0, 4)); // same cost parameters
    }
    // Both are recorded alike: the name tried, never whether such an account exists.
    const failures = await server.services.audit.list({ action: 'auth.login-failed' });
    const shape = (username: string) => failures.filter((f) => f.details?.username === username).map((f) => ({ userId: f.userId, targetId: f.targetId, keys: Object.keys(f.details ?? {}).sort() }));
    expect(shape('chair')).toHaveLength(2);
    expect(shape('nobody-here')).toEqual(shape('chair'));
  });

  it('answers 401 to /api/me without a session, and the user with one', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get('/api/me')).status).toBe(401);
    const client = new ApiClient(server.url);
    await client.post('/api/auth/login', { username: 'housing', password: PASSWORD });
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('housing');
  });

  it('ends the session at logout', async () => {
    const client = new ApiClient(server.url);
    await client.post('/api/auth/login', { username: 'police', password: PASSWORD });
    const cookie = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    client.cookie = cookie;
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('records logins in the audit log, which only an administrator can search', async () => {
    const admin = new ApiClient(server.url);
    await admin.post('/api/auth/login', { username: 'admin', password: PASSWORD });
    const audit = await admin.get('/api/audit?action=auth.login');
    expect(audit.status).toBe(200);
    expect(audit.body.total).toBeGreaterThan(0);
    const member = new ApiClient(server.url);
    await member.post('/api/auth/login', { username: 'probation', password: PASSWORD });
    expect((await member.get('/api/audit')).status).toBe(403);
  });
});

describe('login rate limit', () => {
  it('refuses further attempts from an address after too many failures, with a clear message', async () => {
    const limited = await startTestServer({ loginAttemptLimit: 3 });
    try {
      const client = new ApiClient(limited.url);
      for (let i = 0; i < 3; i++) expect((await client.post('/api/auth/login', { username: 'chair', password: 'wrong' })).status).toBe(401);
      const blocked = await client.post('/api/auth/login', { username: 'chair', password: PASSWORD });
      expect(blocked.status).toBe(429);
      expect(blocked.body.error).toMatch(/Too many sign-in attempts/);
    } finally {
      await limited.stop();
    }
  });
});
