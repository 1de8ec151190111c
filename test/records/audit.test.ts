// The audit log over real HTTP: sign-ins, refusals, CSV export, who viewed a record, and that nothing alters it.
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/services/audit.js';
import { ApiClient } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { adminOf, auditCount, createUser, signIn } from './accountSupport.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await adminOf(server);
});
afterAll(() => server.stop());

async function entriesOf(action: string, targetId?: string): Promise<AuditEntry[]> {
  const res = await admin.get(`/api/audit?limit=200&action=${action}${targetId ? `&targetId=${targetId}` : ''}`);
  expect(res.status).toBe(200);
  return res.body.items;
}

describe('sign-in entries', () => {
  it('record a successful sign-in with the username and the source address', async () => {
    const user = await createUser(server, admin);
    await signIn(server, user);
    const [entry] = await entriesOf('auth.login', user.id);
    expect(entry).toMatchObject({ userId: user.id, targetType: 'user', targetId: user.id, details: { username: user.username } });
    expect(entry.details?.ip).toMatch(/127\.0\.0\.1/);
  });

  it('record a failed sign-in with the name tried and the address, alike for a wrong password and an unknown account', async () => {
    const user = await createUser(server, admin);
    const unknown = `nobody-${randomUUID().slice(0, 8)}`;
    const refusals = await auditCount(admin, 'access.refused');
    for (const username of [user.username, unknown]) {
      expect((await new ApiClient(server.url).post('/api/auth/login', { username, password: 'not-the-password' })).status).toBe(401);
    }
    const failed = await entriesOf('auth.login-failed');
    for (const username of [user.username, unknown]) {
      const entry = failed.find((e) => e.details?.username === username);
      expect(entry).toBeDefined();
      expect(entry).toMatchObject({ userId: null, targetType: 'user' });
      expect(entry?.targetId).toBeUndefined();
      expect(Object.keys(entry?.details ?? {}).sort()).toEqual(['ip', 'username']);
      expect(entry?.details?.ip).toMatch(/127\.0\.0\.1/);
    }
    // A refused sign-in has its own entry and is not counted again as a refused request.
    expect(await auditCount(admin, 'access.refused')).toBe(refusals);
  });
});

describe('refused requests', () => {
  it('add exactly one access.refused entry per 403 and per 401, with method, path without query and status', async () => {
    const user = await createUser(server, admin);
    const member = await signIn(server, user);
    const before = await auditCount(admin, 'access.refused');
    expect((await member.get('/api/audit?action=secret-looking-query')).status).toBe(403);
    expect(await auditCount(admin, 'access.refused')).toBe(before + 1);
    const [forbidden] = await entriesOf('access.refused');
    expect(forbidden).toMatchObject({ userId: user.id, details: { method: 'GET', path: '/api/audit', status: 403 } });

    expect((await new ApiClient(server.url).json('DELETE', `/api/users/${user.id}/sessions`)).status).toBe(401);
    expect(await auditCount(admin, 'access.refused')).toBe(before + 2);
    const [unauthenticated] = await entriesOf('access.refused');
    expect(unauthenticated).toMatchObject({ userId: null, details: { method: 'DELETE', path: `/api/users/${user.id}/sessions`, status: 401 } });
  });
});

describe('CSV export', () => {
  it('contains the matching entries, neutralises formulas, is audited, and is for administrators only', async () => {
    const formula = `=cmd-${randomUUID().slice(0, 6)}`;
    expect((await new ApiClient(server.url).post('/api/auth/login', { username: formula, password: 'x' })).status).toBe(401);
    const user = await createUser(server, admin);
    await signIn(server, user);
    const exports = await auditCount(admin, 'audit.export');

    const res = await admin.request('GET', '/api/audit.csv?action=auth.login');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?audit-\d{4}-\d{2}-\d{2}\.csv"?$/);
    const rows: Record<string, string>[] = parse(await res.text(), { bom: true, columns: true });
    const expected = await entriesOf('auth.login');
    expect(rows.length).toBe(expected.length);
    const row = rows.find((r) => r['Target id'] === user.id);
    expect(row).toMatchObject({ 'User id': user.id, User: `Test ${user.username}`, Action: 'auth.login', 'Target type': 'user' });
    expect(JSON.parse(row?.Details ?? '{}')).toMatchObject({ username: user.username });
    expect(await auditCount(admin, 'audit.export')).toBe(exports + 1);

    const viaFormat = await admin.request('GET', '/api/audit?format=csv&action=auth.login-failed');
    expect(viaFormat.status).toBe(200);
    const failedRows: Record<string, string>[] = parse(await viaFormat.text(), { bom: true, columns: true });
    expect(failedRows.some((r) => JSON.parse(r.Details).username === formula)).toBe(true);
    for (const r of failedRows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(await auditCount(admin, 'audit.export')).toBe(exports + 2);

    const member = await signIn(server, await createUser(server, admin));
    expect((await member.request('GET', '/api/audit.csv')).status).toBe(403);
    expect((await new ApiClient(server.url).request('GET', '/api/audit.csv')).status).toBe(401);
    expect((await admin.request('GET', '/api/audit.csv?from=yesterday')).status).toBe(400);
    expect(await auditCount(admin, 'audit.export')).toBe(exports + 2);
  });
});

describe('the log cannot be altered', () => {
  it('refuses every method but GET on /api/audit*, and its entries only grow', async () => {
    const before = await server.services.audit.list({});
    expect(before.length).toBeGreaterThan(0);
    const someId = before[0]._id;
    const paths = ['/api/audit', '/api/audit.csv', `/api/audit/${someId}`, '/api/audit?format=csv'];
    for (const path of paths) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const res = await admin.request(method, path, { action: 'tampered' });
        expect([404, 405], `${method} ${path}`).toContain(res.status);
      }
    }
    expect(Object.keys(server.services.audit).filter((name) => /update|delete|remove|set|clear/i.test(name))).toEqual([]);
    const after = await server.services.audit.list({});
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    const afterById = new Map(after.map((entry) => [entry._id, entry]));
    for (const entry of before) expect(afterById.get(entry._id)).toEqual(entry);
    expect(after.some((entry) => entry.action === 'tampered')).toBe(false);
  });
});

describe('viewers of a record', () => {
  it('lists each user once with their latest view, most recent first, and ignores entries that are not views', async () => {
    const first = await createUser(server, admin);
    const second = await createUser(server, admin);
    const targetId = randomUUID();
    const { audit } = server.services;
    await audit.record(first.id, 'person.view', 'person', targetId);
    await audit.record(second.id, 'person.view', 'person', targetId);
    await audit.record(second.id, 'person.update', 'person', targetId);
    // Entries are stamped to the millisecond: the later view must be later on the clock, not only in call order.
    await clockPast(Date.now());
    await audit.record(first.id, 'person.view', 'person', targetId);
    await audit.record(second.id, 'person.view', 'person', randomUUID());
    const entries = await audit.list({ targetId });
    const lastViewOfFirst = entries.find((e) => e.userId === first.id)?.at;

    const viewers = await audit.viewersOf('person', targetId);
    expect(viewers.map((v) => v.userId)).toEqual([first.id, second.id]);
    expect(viewers[0]).toMatchObject({ displayName: `Test ${first.username}`, at: lastViewOfFirst });
    expect(viewers[0].agencyId).toBeTruthy();
    expect(await audit.viewersOf('person', randomUUID())).toEqual([]);
  });
});

/** Resolves once the clock has moved past the instant given. */
async function clockPast(instant: number): Promise<void> {
  while (Date.now() <= instant) await new Promise((resolve) => setTimeout(resolve, 1));
}
