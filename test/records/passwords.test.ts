// The password policy on every path that sets a password: creating a user, an administrator's change, the
// user's own change, and the create-admin script. Each refusal is a clear 400 that never repeats the password.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/http.js';
import { startTestServer, tempDataDir, type TestServer } from '../support/server.js';
import { adminOf, createUser, signIn } from './accountSupport.js';

const WEAK = ['password1234', '1234567890', 'Abcdefgh1!', 'Password2024!', 'short'];

let server: TestServer;
let admin: ApiClient;
let agencyId: string;
beforeAll(async () => {
  server = await startTestServer();
  admin = await adminOf(server);
  agencyId = (await admin.get('/api/agencies')).body.items[0]._id;
});
afterAll(() => server.stop());

function expectRefusal(res: { status: number; body: { error: string } }, password: string) {
  expect(res.status).toBe(400);
  expect(res.body.error).toMatch(/password: (must be at least 12 characters|is too easy to guess)/i);
  expect(JSON.stringify(res.body)).not.toContain(password);
}

describe('the password policy', () => {
  it.each(WEAK)('refuses %s when an administrator creates a user', async (password) => {
    const res = await admin.post('/api/users', { username: `weak-${WEAK.indexOf(password)}`, displayName: 'Weak', agencyId, role: 'member', password });
    expectRefusal(res, password);
  });

  it.each(WEAK)('refuses %s as an administrator\'s change and as the user\'s own change', async (password) => {
    const user = await createUser(server, admin);
    expectRefusal(await admin.patch(`/api/users/${user.id}`, { password }), password);
    const client = await signIn(server, user);
    expectRefusal(await client.post('/api/me/password', { currentPassword: user.password, newPassword: password }), password);
    // Nothing changed: the old password still signs in.
    await signIn(server, user);
  });

  it('accepts a long, uncommon password on every path', async () => {
    const user = await createUser(server, admin);
    expect((await admin.patch(`/api/users/${user.id}`, { password: 'harbour-lantern-violet-7' })).status).toBe(200);
    const client = await signIn(server, { ...user, password: 'harbour-lantern-violet-7' });
    expect((await client.post('/api/me/password', { currentPassword: 'harbour-lantern-violet-7', newPassword: 'quiet orchard ferry' })).status).toBe(200);
  });

  it('the create-admin script refuses a common password with a clear message', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/scripts/create-admin.ts', 'root-admin', 'Root Admin', 'Some Agency', 'ops@example.test'], {
      env: { ...process.env, NODE_ENV: 'test', MONGODB_URI: '', DATA_DIR: await tempDataDir(), ADMIN_PASSWORD: 'Password12345!' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(out).toMatch(/Could not create the administrator: Invalid password: is too easy to guess/);
    expect(out).not.toContain('Password12345!');
  });
});
