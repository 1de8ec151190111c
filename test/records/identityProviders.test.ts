// Registering agencies' identity providers through the API: administrators only, validated by field, and the
// client secret is write-only (never in any answer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const SECRET = 'write-only-secret-value';

describe('identity provider registrations', () => {
  let server: TestServer;
  let admin: ApiClient;
  let valid: Record<string, unknown>;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await loginAs(server.url, 'admin', PASSWORD);
    valid = {
      name: 'Housing SSO',
      agencyId: server.demo.users.housing.agencyId,
      issuer: 'https://login.housing.example.gov.uk',
      clientId: 'roundtable',
      clientSecret: SECRET,
      emailDomains: ['Housing.Example.gov.uk'],
    };
  });
  afterAll(() => server.stop());

  it('creates, lists, changes and removes a registration without ever returning the secret', async () => {
    const created = await admin.post('/api/identity-providers', valid);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Housing SSO', emailDomains: ['housing.example.gov.uk'], createUsers: false, enabled: true, hasClientSecret: true });
    const id: string = created.body._id;
    const answers = [
      created.body,
      (await admin.get('/api/identity-providers')).body,
      (await admin.get(`/api/identity-providers/${id}`)).body,
      (await admin.patch(`/api/identity-providers/${id}`, { clientSecret: 'another-secret-value', enabled: false })).body,
      (await new ApiClient(server.url).get('/api/auth/providers')).body,
      (await admin.get('/api/audit?targetType=identityProvider')).body,
    ];
    for (const answer of answers) {
      expect(JSON.stringify(answer)).not.toContain(SECRET);
      expect(JSON.stringify(answer)).not.toContain('another-secret-value');
    }
    // Turned off: no button on the sign-in page.
    expect(answers[4]).toEqual({ providers: [] });
    expect((await admin.post('/api/identity-providers', valid)).status).toBe(409);
    expect((await admin.delete(`/api/identity-providers/${id}`)).status).toBe(204);
    expect((await admin.get(`/api/identity-providers/${id}`)).status).toBe(404);
  });

  it('answers bad input by field, and anyone but an administrator with 401 or 403', async () => {
    const noMapping = await admin.post('/api/identity-providers', { ...valid, issuer: 'https://other.example', emailDomains: undefined });
    expect(noMapping.status).toBe(400);
    expect(noMapping.body.error).toMatch(/agencyClaim/);
    const badIssuer = await admin.post('/api/identity-providers', { ...valid, issuer: 'ftp://x.example' });
    expect(badIssuer.status).toBe(400);
    expect(badIssuer.body.error).toMatch(/issuer/);
    const unknownField = await admin.post('/api/identity-providers', { ...valid, issuer: 'https://third.example', tokenUrl: 'x' });
    expect(unknownField.body.error).toMatch(/tokenUrl/);
    const noAgency = await admin.post('/api/identity-providers', { ...valid, issuer: 'https://fourth.example', agencyId: 'nope' });
    expect(noAgency.status).toBe(400);
    expect((await (await loginAs(server.url, 'chair', PASSWORD)).post('/api/identity-providers', valid)).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/identity-providers')).status).toBe(401);
  });

  it('sends an unknown or turned-off provider back to the sign-in page with a reason, not an error page', async () => {
    const start = await fetch(`${server.url}/api/auth/oidc/no-such-provider/start`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    expect(start.headers.get('location')).toBe('/login?sso=unregistered');
    const callback = await fetch(`${server.url}/api/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/login?sso=expired');
  });
});
