import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

async function timeLogin(username: string, password: string) {
  const client = new ApiClient(server.url);
  const started = performance.now();
  const res = await client.request('POST', '/api/auth/login', { username, password });
  return { ms: performance.now() - started, res, body: await res.json() };
}

describe('login', () => {
  it('accepts the right password with an HttpOnly, SameSite=Lax session cookie and returns the user', async () => {
    const { res, body } = await timeLogin('chair', PASSWORD);
    expect(res.status).toBe(200);
    expect(body.user.username).toBe('chair');
    expect(body.user).not.toHaveProperty('passwordHash');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^roundtable\.sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a wrong password and an unknown user alike, in comparable time', async () => {
    const wrong: number[] = [];
    const unknown: number[] = [];
    let wrongBody: unknown;
    let unknownBody: unknown;
    for (let i = 0; i < 5; i++) {
      const a = await timeLogin('chair', 'not-the-password');
      const b = await timeLogin('nobody-here', 'not-the-password');
      expect(a.res.status).toBe(401);
      expect(b.res.status).toBe(401);
      expect(a.res.headers.get('set-cookie')).toBeNull();
      wrong.push(a.ms);
      unknown.push(b.ms);
      wrongBody = a.body;
      unknownBody = b.body;
    }
    expect(wrongBody).toEqual(unknownBody);
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    console.log(`login failure timing (median ms): wrong password ${median(wrong).toFixed(1)}, unknown user ${median(unknown).toFixed(1)}`);
    // Both pay for one scrypt run; an unknown user must not answer several times faster.
    expect(median(unknown)).toBeGreaterThan(median(wrong) / 3);
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
