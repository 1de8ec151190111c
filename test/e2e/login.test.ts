// The signed-in shell in a real Chromium against a real server: sign in, meetings, people.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { screenshot as pageScreenshot, PAGE_TIMEOUT } from './pageSupport.js';


describeBrowser('sign in and browse (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    const started = Date.now();
    browser = await launchBrowser();
    console.log(`chromium launched in ${Date.now() - started} ms`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    pageErrors = watchPageErrors(page);
  });
  afterEach(async () => {
    await context.close();
  });

  const screenshot = (name: string) => pageScreenshot(page, name);

  it('sends a visitor to the sign-in page, signs the chair in and lists the demo meeting', async () => {
    const started = Date.now();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login$/);
    await expect.poll(() => page.title()).toBe('Sign in – Roundtable');
    await expect(page.getByText('OFFICIAL-SENSITIVE').first().isVisible()).resolves.toBe(true);
    // The GOV.UK stylesheet and its font loaded (served by the app under its CSP).
    await expect.poll(() => page.evaluate(() => document.fonts.check('19px "GDS Transport"'))).toBe(true);
    const bodyClasses = await page.evaluate(() => document.body.className);
    expect(bodyClasses).toContain('govuk-frontend-supported');
    await screenshot('login');

    await page.getByLabel('Username').fill('chair');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    console.log(`first page to signed-in meetings list: ${Date.now() - started} ms`);
    expect(new URL(page.url()).pathname).toBe('/');
    const row = page.getByRole('row').filter({ hasText: 'IOM panel: pre-release cases' });
    await row.waitFor();
    await expect(row.getByText('Scheduled').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Sam Okafor');
    await page.getByRole('banner').getByText('Probation', { exact: true }).waitFor();
    await screenshot('meetings');

    await row.getByRole('link', { name: 'IOM panel: pre-release cases' }).click();
    await page.getByRole('heading', { level: 1, name: 'IOM panel: pre-release cases' }).waitFor();
    await page.getByRole('cell', { name: 'Helen Marsh (Housing Options)' }).waitFor();
    await expect(page.getByRole('button', { name: 'Join the meeting room' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Daniel Hughes: release in 5 days' }).isVisible()).resolves.toBe(true);
    await screenshot('meeting');

    // A session survives a reload (GET /api/me at start).
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'IOM panel: pre-release cases' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows "The username or password is not right" for a wrong password, in an error summary that links to the field', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Username').fill('chair');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('The username or password is not right').waitFor();
    await expect.poll(() => page.title()).toBe('Error: Sign in – Roundtable');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot('login-error');

    await summary.getByRole('link', { name: 'The username or password is not right' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('username');
    expect(pageErrors).toEqual([]);
  });

  it('asks for both fields before sending anything', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter your username').waitFor();
    await expect(page.locator('.govuk-error-summary').getByText('Enter your password').isVisible()).resolves.toBe(true);
    await expect(page.locator('#password-error').textContent()).resolves.toContain('Enter your password');
  });

  it('lists the 8 demo people, filters by release window and name, and opens a person', async () => {
    await signInThroughForm(page, server.url, 'chair', PASSWORD);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    const table = page.getByTestId('people-table');
    await table.locator('caption', { hasText: '8 people' }).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(8);
    await screenshot('people');

    // Demo releases are 5, 12, 19, 30, 41, 55, 68 and 82 days away: two fall inside 2 weeks.
    await page.getByLabel('Next 2 weeks').check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await table.locator('caption', { hasText: '2 people released in the next 2 weeks' }).waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBe(2);
    expect(new URL(page.url()).search).toBe('?window=2');

    await page.getByLabel('Any time').check();
    await page.getByLabel('Name or case reference').fill('hughes');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await table.locator('caption', { hasText: '1 person matching' }).waitFor();

    await table.getByRole('link', { name: 'Daniel Hughes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Daniel Hughes' }).waitFor();
    await expect(page.getByTestId('release-countdown').textContent()).resolves.toMatch(/Due for release in \d+ days/);
    const summary = page.locator('.govuk-summary-list');
    await expect(summary.getByText('X123401').isVisible()).resolves.toBe(true);
    await expect(summary.getByText('Level 2').isVisible()).resolves.toBe(true);
    await expect(summary.getByText('Prefers phone calls to letters; dyslexia.').isVisible()).resolves.toBe(true);
    const leadAgencyRow = summary.locator('.govuk-summary-list__row', { has: page.locator('dt', { hasText: 'Lead agency' }) });
    await expect(leadAgencyRow.locator('dd').first().textContent()).resolves.toBe('Probation Service');
    await screenshot('person');
    expect(pageErrors).toEqual([]);
  });

  it('signs out from the header and protects pages afterwards', async () => {
    await signInThroughForm(page, server.url, 'housing', PASSWORD);
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Helen Marsh');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${server.url}/people`);
    await page.waitForURL(/\/login$/);
    await page.getByRole('heading', { level: 1, name: 'Sign in to Roundtable' }).waitFor();
  });
});
