// GOV.UK's timeout warning in real Chromium, with a short idle limit (8 s, so the warning comes 4 s before the
// end): a modal dialog that takes focus and is announced; "Stay signed in" keeps the session; ignoring it signs
// the user out.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, screenshot } from './pageSupport.js';

const IDLE_MS = 8_000;

describeBrowser('the session timeout warning (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const pages = new BrowserPages();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer({ sessionIdleMs: IDLE_MS });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('warns before the idle limit; "Stay signed in" keeps the session, doing nothing signs out', { timeout: 60_000 }, async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'chair');
    const dialog = page.getByRole('dialog', { name: 'You’re about to be signed out' });
    await dialog.waitFor({ timeout: IDLE_MS * 2 });
    await expect(dialog.getAttribute('aria-modal')).resolves.toBe('true');
    await expect(dialog.textContent()).resolves.toMatch(/For your security, we will sign you out in \d+ seconds?\./);
    // Focus is in the dialog (on its heading), so a screen reader reads the heading and the description.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('timeout-warning-title');
    await expect(dialog.getAttribute('aria-describedby')).resolves.toBe('timeout-warning-text');
    await screenshot(page, 'timeout-warning');

    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect(page.getByRole('heading', { level: 1, name: 'Meetings' }).isVisible()).resolves.toBe(true);

    // Ignored this time: at the idle limit the page signs out and shows the sign-in page.
    await dialog.waitFor({ timeout: IDLE_MS * 2 });
    await page.getByRole('heading', { level: 1, name: /Sign in/ }).waitFor({ timeout: IDLE_MS * 2 });
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    expect(errors.filter((e) => !/401/.test(e))).toEqual([]);
  });
});
