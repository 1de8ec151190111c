// TOTP second factor through the API: enrolment, sign-in with a code, wrong and reused codes, recovery codes,
// and enforcement per role (MFA_REQUIRED_ROLES).
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const now = () => Math.floor(Date.now() / 1000);
const codeAt = (secret: string, epoch: number) => generate({ secret, epoch });

/** A six-digit code that is not valid anywhere near now. */
async function wrongCode(secret: string): Promise<string> {
  const near = new Set(await Promise.all([-60, -30, 0, 30, 60].map((d) => codeAt(secret, now() + d))));
  for (let n = 0; ; n++) {
    const candidate = String(123456 + n * 7919).padStart(6, '0').slice(-6);
    if (!near.has(candidate)) return candidate;
  }
}

async function enrol(client: ApiClient): Promise<{ secret: string; recoveryCodes: string[]; body: Record<string, unknown> }> {
  const started = await client.get('/api/auth/mfa/enrolment');
  expect(started.status).toBe(200);
  expect(started.body.qrCode).toMatch(/^data:image\/png;base64,/);
  expect(started.body.otpauthUrl).toContain(`secret=${started.body.secret}`);
  const secret: string = started.body.secret;
  const confirmed = await client.post('/api/auth/mfa/enrolment', { code: await codeAt(secret, now()) });
  expect(confirmed.status).toBe(200);
  expect(confirmed.body.recoveryCodes).toHaveLength(10);
  return { secret, recoveryCodes: confirmed.body.recoveryCodes, body: confirmed.body };
}

async function passwordStep(url: string, username: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  const res = await client.post('/api/auth/login', { username, password: PASSWORD });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ next: 'mfa' });
  return client;
}

describe('TOTP second factor', () => {
  let server: TestServer;
  let secret: string;
  let recoveryCodes: string[];
  beforeAll(async () => {
    server = await startTestServer();
    ({ secret, recoveryCodes } = await enrol(await loginAs(server.url, 'probation', PASSWORD)));
  });
  afterAll(() => server.stop());

  it('keeps the other demo users signing in with a password only', async () => {
    const client = await loginAs(server.url, 'police', PASSWORD);
    expect((await client.get('/api/me/mfa')).body).toEqual({ enrolled: false, required: false, recoveryCodesLeft: 0 });
  });

  it('asks for the code after the password and grants nothing else until then', async () => {
    const client = await passwordStep(server.url, 'probation');
    for (const path of ['/api/me', '/api/people', '/api/meetings', '/api/me/mfa']) expect((await client.get(path)).status).toBe(401);
    expect((await client.get('/api/auth/mfa/enrolment')).status).toBe(401);

    const wrong = await client.post('/api/auth/mfa', { code: await wrongCode(secret) });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('The code is not right. Check your authenticator app and try again.');
    expect((await client.get('/api/me')).status).toBe(401);

    // The next time step's code (the enrolment used this one).
    const code = await codeAt(secret, now() + 30);
    const signedIn = await client.post('/api/auth/mfa', { code });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.username).toBe('probation');
    expect((await client.get('/api/me')).body.user.username).toBe('probation');

    const again = await passwordStep(server.url, 'probation');
    const reused = await again.post('/api/auth/mfa', { code });
    expect(reused.status).toBe(401);
    expect(reused.body.error).toMatch(/already been used/);
    expect((await again.get('/api/me')).status).toBe(401);
  });

  it('accepts a recovery code once', async () => {
    const first = await passwordStep(server.url, 'probation');
    const used = await first.post('/api/auth/mfa', { recoveryCode: recoveryCodes[0].toUpperCase() });
    expect(used.status).toBe(200);
    expect((await first.get('/api/me/mfa')).body).toMatchObject({ enrolled: true, recoveryCodesLeft: 9 });

    const second = await passwordStep(server.url, 'probation');
    const reused = await second.post('/api/auth/mfa', { recoveryCode: recoveryCodes[0] });
    expect(reused.status).toBe(401);
    expect(reused.body.error).toBe('The recovery code is not right, or has already been used');
    expect((await second.get('/api/me')).status).toBe(401);
  });

  it('answers a code without a password step clearly, and bad input by field', async () => {
    const stranger = new ApiClient(server.url);
    const res = await stranger.post('/api/auth/mfa', { code: '123456' });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/Sign in with your username and password again/);
    const client = await passwordStep(server.url, 'probation');
    const bad = await client.post('/api/auth/mfa', { code: '123456', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/extra/);
  });

  it('audits the second-factor steps', async () => {
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const actions = (await admin.get('/api/audit?limit=200')).body.items.map((entry: { action: string }) => entry.action);
    for (const action of ['auth.mfa-enrolled', 'auth.mfa-required', 'auth.mfa-failed', 'auth.mfa-reused', 'auth.mfa-recovery-used']) {
      expect(actions).toContain(action);
    }
  });
});

describe('second factor required by role', () => {
  let server: TestServer;
  beforeAll(async () => {
    process.env.MFA_REQUIRED_ROLES = 'chair';
    try {
      server = await startTestServer();
    } finally {
      delete process.env.MFA_REQUIRED_ROLES;
    }
  });
  afterAll(() => server.stop());

  it('sends a chair without a second factor to enrol right after the password, and nowhere else', async () => {
    const client = new ApiClient(server.url);
    const res = await client.post('/api/auth/login', { username: 'chair', password: PASSWORD });
    expect(res.body).toEqual({ next: 'mfa-enrol' });
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/meetings')).status).toBe(401);
    expect((await client.post('/api/auth/mfa', { code: '123456' })).status).toBe(401);
    const { body } = await enrol(client);
    expect((body.user as { username: string }).username).toBe('chair');
    expect((await client.get('/api/me')).status).toBe(200);
    // Members are not required to.
    expect((await new ApiClient(server.url).post('/api/auth/login', { username: 'housing', password: PASSWORD })).body.user.username).toBe('housing');
  });
});
