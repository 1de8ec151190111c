// Helpers for the need-to-know suites: extra users and panels made through the admin API.
import type { Role } from '../../shared/domain/schemas.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, type TestServer } from '../support/server.js';

export const NEW_USER_PASSWORD = 'need-to-know-password-1';

/** Creates a user through the admin API and signs them in. */
export async function newUser(server: TestServer, username: string, role: Role, agencyId: string): Promise<ApiClient & { id: string }> {
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  const created = await admin.post('/api/users', { username, displayName: `Test ${username}`, agencyId, role, password: NEW_USER_PASSWORD });
  if (created.status !== 201) throw new Error(`creating ${username} failed: ${created.status} ${JSON.stringify(created.body)}`);
  const client = await loginAs(server.url, username, NEW_USER_PASSWORD);
  return Object.assign(client, { id: created.body._id as string });
}

/** Creates a panel chaired by the given users. */
export async function newPanel(server: TestServer, name: string, chairIds: string[]): Promise<string> {
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  const created = await admin.post('/api/panels', { name, type: 'MAPPA', chairIds });
  if (created.status !== 201) throw new Error(`creating panel ${name} failed: ${created.status}`);
  return created.body._id as string;
}

/** The audit entries of one action kind (admin search). */
export async function auditCount(server: TestServer, action: string): Promise<number> {
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  const res = await admin.get(`/api/audit?action=${encodeURIComponent(action)}&limit=1`);
  if (res.status !== 200) throw new Error(`audit search failed: ${res.status}`);
  return res.body.total as number;
}
