// Two-step sign-in in a real Chromium: the code page after the password, and setting it up from the account page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generate } from 'otplib';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot, PAGE_TIMEOUT } from './pageSupport.js';

const now = () => Math.floor(Date.now() / 1000);

describeBrowser('two-step sign-in (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    if (!process.env.CLIENT_DIST) ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
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

  it('sets up two-step sign-in from the account page, showing the QR code, the key and the recovery codes once', async () => {
    await signInThroughForm(page, server.url, 'housing', PASSWORD);
    await page.goto(`${server.url}/account`);
    await expect.poll(() => page.getByTestId('mfa-status').textContent()).toBe('Off');
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
    await qr.waitFor();
    await expect.poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    await page.getByText('I cannot scan the QR code').click();
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'mfa-enrol');
    await expectNoAxeViolations(page, 'two-step sign-in enrolment (QR code and key)');

    await page.getByLabel('Enter the 6-digit code the app shows').fill(await generate({ secret, epoch: now() }));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    await expect(page.getByTestId('recovery-codes').locator('li').count()).resolves.toBe(10);
    await screenshot(page, 'mfa-recovery-codes');
    await expectNoAxeViolations(page, 'two-step sign-in recovery codes');
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await expect.poll(() => page.getByTestId('mfa-status').textContent()).toBe('On (10 recovery codes left)');
    expect(pageErrors).toEqual([]);
  });

  it('asks for the 6-digit code after the password, refuses a wrong one and signs in with the right one', async () => {
    const client = await loginAs(server.url, 'observer', PASSWORD);
    const { secret } = (await client.get('/api/auth/mfa/enrolment')).body as { secret: string };
    expect((await client.post('/api/auth/mfa/enrolment', { code: await generate({ secret, epoch: now() }) })).status).toBe(200);

    await page.goto(`${server.url}/login`);
    await page.getByLabel('Username').fill('observer');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter the 6-digit code from your authenticator app' }).waitFor();
    await expect.poll(() => page.title()).toBe('Enter the code from your authenticator app – Roundtable');
    await screenshot(page, 'mfa-code');
    await expectNoAxeViolations(page, 'two-step sign-in code step');

    const valid = new Set(await Promise.all([-30, 0, 30, 60].map((d) => generate({ secret, epoch: now() + d }))));
    const wrong = ['000000', '111111', '222222'].find((code) => !valid.has(code)) ?? '333333';
    await page.getByLabel('Code', { exact: true }).fill(wrong);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.govuk-error-summary').getByText('The code is not right').waitFor();
    await expectNoAxeViolations(page, 'two-step sign-in code step with an error');

    await page.getByLabel('Code', { exact: true }).fill(await generate({ secret, epoch: now() + 30 }));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await expect(page.getByTestId('signed-in-user').textContent()).resolves.toContain('Alex Kim');
    // The wrong code's 401 is the only console error Chromium logs here.
    expect(pageErrors.filter((error) => !error.includes('401'))).toEqual([]);
  });
});
