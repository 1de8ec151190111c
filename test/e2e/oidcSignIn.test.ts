// Single sign-on in a real Chromium against a real OpenID provider on loopback: an agency's registered provider
// signs a user in (linking by e-mail, or creating a member), and an answer from an unregistered issuer is refused.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm } from '../support/browser.js';
import { ApiClient, loginAs } from '../support/http.js';
import { freePort } from '../support/process.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { captureCallback, signInAtProvider, startOidcProvider, type TestProvider } from './oidcProvider.js';
import { screenshot, PAGE_TIMEOUT } from './pageSupport.js';

const CLIENT = { clientId: 'roundtable', clientSecret: 'provider-secret-do-not-leak' };
const ACCOUNTS = {
  dan: { email: 'Dan.Reeves@police.example.gov.uk', name: 'PC Dan Reeves', agency: 'police' },
  newofficer: { email: 'new.officer@police.example.gov.uk', name: 'PC New Officer', agency: 'police' },
  outsider: { email: 'someone@elsewhere.example', name: 'Someone Else', agency: 'housing' },
};

describeBrowser('single sign-on with an agency identity provider (browser)', () => {
  let server: TestServer;
  let registered: TestProvider;
  let unregistered: TestProvider;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];
  let policeAgencyId: string;

  beforeAll(async () => {
    if (!process.env.CLIENT_DIST) ensureClientBuilt();
    const port = await freePort();
    server = await startTestServer({ port, publicUrl: `http://127.0.0.1:${port}` });
    const client = { ...CLIENT, redirectUri: `${server.url}/api/auth/oidc/callback` };
    registered = await startOidcProvider(client, ACCOUNTS);
    unregistered = await startOidcProvider(client, ACCOUNTS);
    policeAgencyId = server.demo.users.police.agencyId;

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    // The police demo user gets the e-mail the provider knows (in another case), so the first sign-in links to it.
    expect((await admin.patch(`/api/users/${server.demo.users.police._id}`, { email: 'dan.reeves@police.example.gov.uk' })).status).toBe(200);
    const created = await admin.post('/api/identity-providers', {
      name: 'Police Single Sign-On',
      agencyId: policeAgencyId,
      issuer: registered.issuer,
      ...CLIENT,
      agencyClaim: { name: 'agency', value: 'police' },
      createUsers: true,
    });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body)).not.toContain(CLIENT.clientSecret);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await registered?.close();
    await unregistered?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    // Only Roundtable's own pages are held to "no console errors": the provider's development pages are not ours.
    pageErrors = [];
    page.on('console', (msg) => {
      const url = msg.location().url;
      if (msg.type() === 'error' && url.startsWith(server.url) && !url.endsWith('/api/me')) pageErrors.push(`${msg.text()} (${url})`);
    });
    page.on('pageerror', (err) => {
      if (page.url().startsWith(server.url)) pageErrors.push(err.message);
    });
  });
  afterEach(async () => {
    await context.close();
  });

  const me = () => page.evaluate(async () => {
    const res = await fetch('/api/me');
    return { status: res.status, body: res.status === 200 ? ((await res.json()) as { user: { username: string; agencyId: string; role: string } }) : null };
  });

  it('lists providers without secrets, and never returns the secret to an administrator', async () => {
    const listed = await new ApiClient(server.url).get('/api/auth/providers');
    expect(listed.body.providers).toEqual([{ id: expect.any(String), name: 'Police Single Sign-On', startUrl: expect.stringMatching(/^\/api\/auth\/oidc\/.+\/start$/) }]);
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const all = await admin.get('/api/identity-providers');
    expect(all.body.items[0]).toMatchObject({ issuer: registered.issuer, clientId: 'roundtable', hasClientSecret: true });
    expect(JSON.stringify(all.body)).not.toContain(CLIENT.clientSecret);
    expect((await (await loginAs(server.url, 'chair', PASSWORD)).get('/api/identity-providers')).status).toBe(403);
  });

  it('signs a police officer in through the provider, linked by e-mail to their account', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Sign in with Police Single Sign-On' }).click();
    await page.waitForURL((url) => url.origin === registered.issuer);
    await signInAtProvider(page, 'dan');
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    expect(new URL(page.url()).origin).toBe(server.url);
    const { status, body } = await me();
    expect(status).toBe(200);
    expect(body?.user).toMatchObject({ username: 'police', agencyId: policeAgencyId });
    await screenshot(page, 'sso-signed-in');
    expect(pageErrors).toEqual([]);
  });

  it('creates a member of the agency at a first sign-in when the registration allows it', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Sign in with Police Single Sign-On' }).click();
    await signInAtProvider(page, 'newofficer');
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    const { body } = await me();
    expect(body?.user).toMatchObject({ username: 'new.officer', agencyId: policeAgencyId, role: 'member' });
  });

  it('refuses someone the provider says is not of the agency', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Sign in with Police Single Sign-On' }).click();
    await signInAtProvider(page, 'outsider');
    await page.locator('.govuk-error-summary').getByText('does not belong to the agency').waitFor();
    expect((await me()).status).toBe(401);
  });

  /** Starts signing in at the registered provider, then sends the very same request to the unregistered one. */
  async function signInAtUnregisteredProvider(): Promise<void> {
    let authorizationUrl: URL | null = null;
    page.on('request', (request) => {
      if (request.url().startsWith(`${registered.issuer}/auth`)) authorizationUrl = new URL(request.url());
    });
    await page.goto(`${server.url}/login`);
    await page.getByRole('link', { name: 'Sign in with Police Single Sign-On' }).click();
    await page.waitForURL((url) => url.origin === registered.issuer);
    expect(authorizationUrl).not.toBeNull();
    // The same request (our client id, redirect URI, state, nonce, PKCE challenge), sent to the other provider.
    const sent = authorizationUrl as unknown as URL;
    await page.goto(new URL(sent.pathname + sent.search, unregistered.issuer).toString());
    await signInAtProvider(page, 'dan');
  }

  it('refuses a code from an unregistered issuer with a clear message and no session', async () => {
    await signInAtUnregisteredProvider();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('sso')).toBe('unregistered');
    await page.locator('.govuk-error-summary').getByText('That sign-in service is not registered with Roundtable').waitFor();
    expect((await me()).status).toBe(401);
    await screenshot(page, 'sso-unregistered');

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const audit = await admin.get('/api/audit?action=auth.sso-failed');
    expect(audit.body.items[0].details).toMatchObject({ reason: 'unregistered-issuer', issuer: unregistered.issuer });
  });

  it('refuses that code also when the answer does not name its issuer', async () => {
    const captured = await captureCallback(page, unregistered.issuer, `${server.url}/api/auth/oidc/callback`);
    await signInAtUnregisteredProvider();
    await expect.poll(() => captured.url !== null).toBe(true);
    await page.unrouteAll();
    const callback = captured.url as unknown as URL;
    const stripped = callback;
    stripped.searchParams.delete('iss');
    await page.goto(stripped.toString());
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('sso')).toMatch(/^(unregistered|failed)$/);
    await page.locator('.govuk-error-summary').waitFor();
    expect((await me()).status).toBe(401);
  });

  it('lets an administrator register a provider on the page; its button appears, and an unreachable one fails clearly', async () => {
    await signInThroughForm(page, server.url, 'admin', PASSWORD);
    await page.goto(`${server.url}/admin/identity-providers`);
    await page.getByRole('heading', { level: 1, name: 'Single sign-on' }).waitFor();
    await page.getByTestId('identity-providers-table').getByRole('cell', { name: 'Police Single Sign-On', exact: true }).waitFor();
    await page.getByLabel('Name on the sign-in button').fill('Housing Sign-On');
    await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Local Authority Housing' });
    await page.getByLabel('Issuer URL').fill('http://127.0.0.1:9');
    await page.getByLabel('Client ID').fill('roundtable-housing');
    await page.getByLabel('Client secret').fill('housing-secret-do-not-leak');
    await page.getByLabel('E-mail domains (optional)').fill('housing.example.gov.uk');
    await page.getByRole('button', { name: 'Register provider' }).click();
    await page.getByText('Housing Sign-On is registered.').waitFor();
    await page.getByTestId('identity-providers-table').getByRole('cell', { name: 'e-mail at housing.example.gov.uk' }).waitFor();
    await screenshot(page, 'identity-providers');
    expect(await page.content()).not.toContain('housing-secret-do-not-leak');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    await page.getByRole('link', { name: 'Sign in with Housing Sign-On' }).click();
    await page.locator('.govuk-error-summary').getByText('Signing in with your organisation did not work').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
