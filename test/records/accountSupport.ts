// Helpers for the account and audit tests: an administrator's client, fresh users, audit counts, sessions.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { AccessScope } from '../../server/services/events.js';
import { ApiClient, loginAs } from '../support/http.js';
import { PASSWORD, type TestServer } from '../support/server.js';

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

export function adminOf(server: TestServer): Promise<ApiClient> {
  return loginAs(server.url, 'admin', PASSWORD);
}

/** A new account of its own for one test, so no test depends on another's state. */
export async function createUser(server: TestServer, admin: ApiClient, role = 'member'): Promise<TestUser> {
  const agencies = await admin.get('/api/agencies');
  expect(agencies.status).toBe(200);
  const username = `user-${randomUUID().slice(0, 8)}`;
  const password = `pw-${randomUUID()}`;
  const created = await admin.post('/api/users', { username, displayName: `Test ${username}`, agencyId: agencies.body.items[0]._id, role, password });
  expect(created.status).toBe(201);
  return { id: created.body._id, username, password };
}

/** Signs in with the given user agent and checks that the session works. */
export async function signIn(server: TestServer, user: TestUser, userAgent = 'roundtable-test'): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const res = await client.request('POST', '/api/auth/login', { username: user.username, password: user.password }, { 'user-agent': userAgent });
  expect(res.status).toBe(200);
  expect((await client.get('/api/me')).status).toBe(200);
  return client;
}

/** How many audit entries of that action (and target) there are, as an administrator reads them. */
export async function auditCount(admin: ApiClient, action: string, targetId?: string): Promise<number> {
  const res = await admin.get(`/api/audit?limit=1&action=${encodeURIComponent(action)}${targetId ? `&targetId=${encodeURIComponent(targetId)}` : ''}`);
  expect(res.status).toBe(200);
  return res.body.total as number;
}

/** The session id inside a `roundtable.sid=s%3A<id>.<signature>` cookie. */
export function sessionIdOf(cookie: string): string {
  const value = decodeURIComponent(cookie.split('=')[1] ?? '');
  return value.replace(/^s:/, '').split('.')[0];
}

/** Collects the 'access:changed' scopes the server emits while a test runs. */
export function watchAccessChanges(server: TestServer): { scopes: AccessScope[]; stop(): void } {
  const scopes: AccessScope[] = [];
  const listener = (scope: AccessScope) => scopes.push(scope);
  server.services.events.on('access:changed', listener);
  return { scopes, stop: () => server.services.events.off('access:changed', listener) };
}

export function del(client: ApiClient, path: string) {
  return client.json('DELETE', path);
}
