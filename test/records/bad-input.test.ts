import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await loginAs(server.url, 'admin', PASSWORD);
});
afterAll(() => server.stop());

const person = { name: 'Jordan Example', caseReference: 'Z900001', custodyStatus: 'in-custody', releaseDate: '2027-01-15' };

/** No stack frames, source paths or submitted personal data in an error body. */
function expectCleanError(body: unknown, ...secrets: string[]) {
  const text = JSON.stringify(body);
  expect(body).toHaveProperty('error');
  expect(text).not.toMatch(/\bat .+\(|\.ts:\d+|node_modules|stack/i);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('bad input', () => {
  it('answers malformed JSON with 400 and a clear message', async () => {
    const res = await admin.json('POST', '/api/people', '{"name": "Jordan Example", ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/not valid JSON/);
    expectCleanError(res.body, 'Jordan');
  });

  it('names an unknown field and a wrongly typed field', async () => {
    const unknown = await admin.post('/api/people', { ...person, favouriteColour: 'blue' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toContain('favouriteColour');
    const wrongType = await admin.post('/api/people', { ...person, releaseDate: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.fields.map((f: { field: string }) => f.field)).toContain('releaseDate');
    expectCleanError(wrongType.body, 'Jordan Example');
    const badQuery = await admin.get('/api/people?releaseFrom=tomorrow');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.error).toContain('releaseFrom');
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await admin.post('/api/people', { ...person, ownViews: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expectCleanError(res.body);
  });

  it('answers an unknown id with 404', async () => {
    for (const path of ['/api/people/no-such-id', '/api/meetings/no-such-id', '/api/agencies/no-such-id', '/api/users/no-such-id']) {
      const res = await admin.get(path);
      expect(res.status, path).toBe(404);
      expectCleanError(res.body);
    }
    expect((await admin.patch('/api/people/no-such-id', { name: 'A Name' })).status).toBe(404);
    expect((await admin.get('/api/no-such-route')).status).toBe(404);
  });

  it('answers a duplicate username or case reference with 409', async () => {
    const user = { username: 'chair', displayName: 'Another', agencyId: server.demo.users.chair.agencyId, role: 'member', password: 'a-long-password' };
    const dup = await admin.post('/api/users', user);
    expect(dup.status).toBe(409);
    expectCleanError(dup.body, 'a-long-password');
    expect((await admin.post('/api/people', person)).status).toBe(201);
    const again = await admin.post('/api/people', person);
    expect(again.status).toBe(409);
    expectCleanError(again.body, 'Jordan');
  });

  it('keeps what was there when a write is refused', async () => {
    const before = await admin.get('/api/people?limit=200');
    await admin.post('/api/people', { ...person, caseReference: 'Z900002', custodyStatus: 'escaped' });
    const after = await admin.get('/api/people?limit=200');
    expect(after.body.total).toBe(before.body.total);
  });
});

describe('records API', () => {
  it('pages and filters people by release window', async () => {
    const today = new Date();
    const inDays = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    const soon = await admin.get(`/api/people?releaseFrom=${inDays(0)}&releaseTo=${inDays(14)}`);
    expect(soon.status).toBe(200);
    expect(soon.body.items.length).toBe(2);
    for (const p of soon.body.items) expect(p.releaseDate <= inDays(14)).toBe(true);
    const page = await admin.get('/api/people?limit=3&offset=3');
    expect(page.body.items.length).toBe(3);
    expect(page.body.total).toBeGreaterThanOrEqual(8);
  });

  it('filters meetings by status', async () => {
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    const scheduled = await chair.get('/api/meetings?status=scheduled');
    expect(scheduled.body.items.some((m: { title: string }) => m.title === 'IOM panel: pre-release cases')).toBe(true);
    expect((await chair.get('/api/meetings?status=closed')).body.items).toEqual([]);
  });

  it('serves the OpenAPI document', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/people', '/api/meetings', '/api/users']));
    expect(doc.paths['/api/people'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('caseReference');
  });
});
