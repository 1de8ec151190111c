// Account lifecycle over real HTTP: disable and enable, sessions listed and ended, password changes, role changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_REQUIRED } from '../../server/live/control/authenticate.js';
import { closeAllClients, controlClient, refusal } from '../live/controlSupport.js';
import { ApiClient } from '../support/http.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { adminOf, auditCount, createUser, del, sessionIdOf, signIn, watchAccessChanges } from './accountSupport.js';

let server: TestServer;
let admin: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await adminOf(server);
});
afterAll(async () => {
  closeAllClients();
  await server.stop();
});

describe('disabling an account', () => {
  it('refuses its open session at once and its sign-in with the generic message; enabling lets it back in', async () => {
    const user = await createUser(server, admin);
    const client = await signIn(server, user);
    const wrongPassword = await new ApiClient(server.url).post('/api/auth/login', { username: user.username, password: 'not-the-password' });
    expect(wrongPassword.status).toBe(401);
    const access = watchAccessChanges(server);
    const revokes = await auditCount(admin, 'access.revoke', user.id);

    const disabled = await admin.post(`/api/users/${user.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');
    expect(await auditCount(admin, 'access.revoke', user.id)).toBe(revokes + 1);
    expect(access.scopes).toContainEqual({ userId: user.id });
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/meetings')).status).toBe(401);

    const refused = await new ApiClient(server.url).post('/api/auth/login', { username: user.username, password: user.password });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(wrongPassword.body);
    expect((await admin.get(`/api/users/${user.id}`)).body.status).toBe('disabled');
    const listed = await admin.get('/api/users?limit=200');
    expect(listed.body.items.find((u: { _id: string }) => u._id === user.id)?.status).toBe('disabled');

    const grants = await auditCount(admin, 'access.grant', user.id);
    const enabled = await admin.post(`/api/users/${user.id}/enable`);
    expect(enabled.status).toBe(200);
    expect(enabled.body.status).toBe('active');
    expect(await auditCount(admin, 'access.grant', user.id)).toBe(grants + 1);
    await signIn(server, user);
    access.stop();
  });

  it('refuses a session that is still stored, on REST and on Socket.IO, because every request re-reads the account', async () => {
    const user = await createUser(server, admin);
    const client = await signIn(server, user);
    // As if the account were disabled elsewhere without its sessions being ended: the account check alone must refuse.
    const marked = await server.store.collection('users').updateOne({ _id: user.id }, { $set: { disabledAt: new Date().toISOString() } });
    expect(marked).toBe(1);
    expect((await client.get('/api/me')).status).toBe(401);
    expect(await refusal(controlClient(server.url, client.cookie))).toBe(SIGN_IN_REQUIRED);
  });

  it('is for administrators only, and not of their own account', async () => {
    const user = await createUser(server, admin);
    const member = await signIn(server, await createUser(server, admin));
    expect((await member.post(`/api/users/${user.id}/disable`)).status).toBe(403);
    expect((await member.post(`/api/users/${user.id}/enable`)).status).toBe(403);
    expect((await member.get(`/api/users/${user.id}/sessions`)).status).toBe(403);
    expect((await del(member, `/api/users/${user.id}/sessions`)).status).toBe(403);
    const me = await admin.get('/api/me');
    const self = await admin.post(`/api/users/${me.body.user._id}/disable`);
    expect(self.status).toBe(409);
    expect(self.body.error).toMatch(/your own account/);
    expect((await admin.post('/api/users/no-such-user/disable')).status).toBe(404);
  });
});

describe("an account's sessions", () => {
  it('are listed with address and browser but no session id, and ended one by one or all together', async () => {
    const user = await createUser(server, admin);
    const first = await signIn(server, user, 'FirstBrowser/1.0');
    const second = await signIn(server, user, 'SecondBrowser/2.0');

    const listed = await admin.get(`/api/users/${user.id}/sessions`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toHaveLength(2);
    const text = JSON.stringify(listed.body);
    for (const client of [first, second]) expect(text).not.toContain(sessionIdOf(client.cookie));
    for (const item of listed.body.items) {
      expect(Object.keys(item).sort()).toEqual(['expiresAt', 'handle', 'ip', 'lastSeenAt', 'signedInAt', 'userAgent']);
      expect(item.ip).toMatch(/127\.0\.0\.1/);
      expect(Date.parse(item.signedInAt)).not.toBeNaN();
      expect(Date.parse(item.lastSeenAt)).not.toBeNaN();
    }
    expect(listed.body.items.map((item: { userAgent: string }) => item.userAgent).sort()).toEqual(['FirstBrowser/1.0', 'SecondBrowser/2.0']);

    const ends = await auditCount(admin, 'session.end', user.id);
    const access = watchAccessChanges(server);
    const firstHandle = listed.body.items.find((item: { userAgent: string }) => item.userAgent === 'FirstBrowser/1.0').handle;
    const one = await del(admin, `/api/users/${user.id}/sessions/${firstHandle}`);
    expect(one).toEqual({ status: 200, body: { ended: 1 } });
    expect(await auditCount(admin, 'session.end', user.id)).toBe(ends + 1);
    expect(access.scopes).toContainEqual({ userId: user.id });
    expect((await first.get('/api/me')).status).toBe(401);
    expect((await second.get('/api/me')).status).toBe(200);
    expect((await del(admin, `/api/users/${user.id}/sessions/${firstHandle}`)).status).toBe(404);

    const all = await del(admin, `/api/users/${user.id}/sessions`);
    expect(all).toEqual({ status: 200, body: { ended: 1 } });
    expect(await auditCount(admin, 'session.end', user.id)).toBe(ends + 2);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await admin.get(`/api/users/${user.id}/sessions`)).body.items).toEqual([]);
    access.stop();
  });
});

describe('a password change', () => {
  it('by the user ends every earlier session; the user continues under a new session', async () => {
    const user = await createUser(server, admin);
    const changer = await signIn(server, user, 'Changer/1.0');
    const other = await signIn(server, user, 'Other/1.0');
    const oldCookie = changer.cookie;
    const changes = await auditCount(admin, 'user.password-change', user.id);
    const access = watchAccessChanges(server);

    const newPassword = `${user.password}-new`;
    const changed = await changer.post('/api/me/password', { currentPassword: user.password, newPassword });
    expect(changed.status).toBe(200);
    expect(changer.cookie).not.toBe(oldCookie);
    expect((await changer.get('/api/me')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    const stale = new ApiClient(server.url);
    stale.cookie = oldCookie;
    expect((await stale.get('/api/me')).status).toBe(401);
    expect(await auditCount(admin, 'user.password-change', user.id)).toBe(changes + 1);
    expect(access.scopes).toContainEqual({ userId: user.id });
    access.stop();

    expect((await new ApiClient(server.url).post('/api/auth/login', { username: user.username, password: user.password })).status).toBe(401);
    await signIn(server, { ...user, password: newPassword });
  });

  it('by the user is refused with a wrong current password or a weak new one, and then ends nothing', async () => {
    const user = await createUser(server, admin);
    const client = await signIn(server, user);
    const other = await signIn(server, user);
    const failures = await auditCount(admin, 'user.password-change-failed', user.id);

    const wrong = await client.post('/api/me/password', { currentPassword: 'not-the-password', newPassword: 'a-long-enough-password' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('Your current password is not right');
    expect(await auditCount(admin, 'user.password-change-failed', user.id)).toBe(failures + 1);
    const weak = await client.post('/api/me/password', { currentPassword: user.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatch(/newPassword/);
    expect(weak.body.error).not.toContain(user.password);
    expect((await client.post('/api/me/password', { currentPassword: user.password, newPassword: 'a-long-enough-password', extra: 1 })).status).toBe(400);
    expect((await new ApiClient(server.url).post('/api/me/password', { currentPassword: user.password, newPassword: 'x'.repeat(12) })).status).toBe(401);
    expect((await other.get('/api/me')).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('by an administrator ends every session of the account and is audited once as a password change', async () => {
    const user = await createUser(server, admin);
    const client = await signIn(server, user);
    const changes = await auditCount(admin, 'user.password-change', user.id);
    const updates = await auditCount(admin, 'user.update', user.id);
    const newPassword = `${user.password}-reset`;
    expect((await admin.patch(`/api/users/${user.id}`, { password: newPassword })).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
    expect(await auditCount(admin, 'user.password-change', user.id)).toBe(changes + 1);
    expect(await auditCount(admin, 'user.update', user.id)).toBe(updates);
    await signIn(server, { ...user, password: newPassword });
  });
});

describe('a role change', () => {
  it('applies to the open session from its next request', async () => {
    const user = await createUser(server, admin, 'member');
    const client = await signIn(server, user);
    expect((await client.get('/api/audit')).status).toBe(403);
    const updates = await auditCount(admin, 'user.update', user.id);
    const access = watchAccessChanges(server);
    expect((await admin.patch(`/api/users/${user.id}`, { role: 'admin' })).status).toBe(200);
    expect(await auditCount(admin, 'user.update', user.id)).toBe(updates + 1);
    expect(access.scopes).toContainEqual({ userId: user.id });
    access.stop();
    expect((await client.get('/api/audit')).status).toBe(200);
    expect((await client.get('/api/me')).body.user.role).toBe('admin');
  });
});

describe('signing out', () => {
  it('is audited and announced as an access change', async () => {
    const user = await createUser(server, admin);
    const client = await signIn(server, user);
    const logouts = await auditCount(admin, 'auth.logout', user.id);
    const access = watchAccessChanges(server);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(await auditCount(admin, 'auth.logout', user.id)).toBe(logouts + 1);
    expect(access.scopes).toContainEqual({ userId: user.id });
    access.stop();
    expect((await admin.get(`/api/users/${user.id}/sessions`)).body.items).toEqual([]);
  });
});
