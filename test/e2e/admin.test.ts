// The administrator pages in a real Chromium: disable, enable and end sessions of an account; read and download the log.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../support/http.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { adminOf, createUser, signIn } from '../records/accountSupport.js';
import { BrowserPages, screenshot } from './pageSupport.js';

describeBrowser('administrator pages (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const pages = new BrowserPages();

  beforeAll(async () => {
    // CLIENT_DIST lets a developer test a build of their own without rewriting the shared client/dist.
    if (!process.env.CLIENT_DIST) ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('lets an administrator disable, enable and end the sessions of an account', async () => {
    const admin = await adminOf(server);
    const user = await createUser(server, admin);
    const name = `Test ${user.username}`;
    const userClient = await signIn(server, user);
    const { page, errors } = await pages.signIn(browser, server.url, 'admin');

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: user.username });
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('Active');

    await row.getByRole('button', { name: `End sessions of ${name}` }).click();
    await page.getByText(`1 session of ${name} ended.`).waitFor();
    expect((await userClient.get('/api/me')).status).toBe(401);

    await row.getByRole('button', { name: `Disable ${name}` }).click();
    await page.getByText(`${name} can no longer sign in.`).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('Disabled');
    expect((await new ApiClient(server.url).post('/api/auth/login', { username: user.username, password: user.password })).status).toBe(401);
    await screenshot(page, 'admin-users');

    await row.getByRole('button', { name: `Enable ${name}` }).click();
    await page.getByText(`${name} can sign in again.`).waitFor();
    await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('Active');
    await signIn(server, user);
    expect(errors).toEqual([]);
  });

  it('shows the audit log with filters and a CSV download of what is shown', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'admin');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByLabel('Action').fill('auth.login');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/admin\/audit\?action=auth\.login$/);
    const table = page.getByTestId('audit-table');
    // The table re-renders when the filtered answer arrives: wait for it rather than read the unfiltered one.
    const shownActions = async () => new Set(await table.getByRole('row').locator('td:nth-child(3)').allTextContents());
    await expect.poll(shownActions, { timeout: 20_000 }).toEqual(new Set(['auth.login']));

    const link = page.getByRole('link', { name: /Download CSV/ });
    expect(await link.getAttribute('href')).toBe('/api/audit.csv?action=auth.login');
    const download = await page.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    }, '/api/audit.csv?action=auth.login');
    expect(download.status).toBe(200);
    expect(download.type).toMatch(/^text\/csv/);
    expect(download.text).toContain('auth.login');
    await screenshot(page, 'admin-audit');
    expect(errors).toEqual([]);
  });

  it('shows neither page nor navigation to other users', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'chair');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users' }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' }).waitFor();
    expect(errors).toEqual([]);
  });
});
