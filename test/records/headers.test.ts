// Response headers: a strict Content-Security-Policy on pages, no-store on every API answer, and a session
// cookie that is Secure when configured so (production), never sent over plain HTTP then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('headers', () => {
  it('every /api answer is Cache-Control: no-store, success, refusal or not found', async () => {
    const client = new ApiClient(server.url);
    for (const path of ['/api/openapi.json', '/api/me', '/api/no-such-thing']) {
      const res = await client.request('GET', path);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
    const login = await client.request('POST', '/api/auth/login', { username: 'chair', password: PASSWORD });
    expect(login.headers.get('cache-control')).toBe('no-store');
  });

  it('the Content-Security-Policy allows only the own origin, with no inline styles or scripts', async () => {
    const csp = (await fetch(`${server.url}/login`)).headers.get('content-security-policy') ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('style-src-attr')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\bws:|\bwss:|https:(?!\/)/);
  });
});

describe('with Secure cookies (NODE_ENV=production)', () => {
  let secure: TestServer;
  beforeAll(async () => {
    secure = await startTestServer({ secureCookies: true });
  });
  afterAll(() => secure.stop());

  it('the session cookie is marked Secure, so over plain HTTP none is set', async () => {
    const res = await new ApiClient(secure.url).request('POST', '/api/auth/login', { username: 'chair', password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
