// The room and the people list on a 320 CSS px screen (a phone, or 400% zoom): nothing scrolls sideways,
// the actions table stacks its cells. Also what a small screen shows of dates and the meeting's state, and
// that the sign-in page loads without a console error.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { screenshot } from './pageSupport.js';
import { POLL } from './roomSupport.js';

describeBrowser('a 320 px wide screen (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  /** The page's width against the window's, and (to fix it) the innermost elements that stick out. */
  const overflow = () =>
    page.evaluate(() => {
      const wide = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5);
      const innermost = wide.filter((el) => !wide.some((other) => other !== el && el.contains(other)));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        sticksOut: innermost.slice(0, 8).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${Math.round(el.getBoundingClientRect().right)}px`),
      };
    });

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    // Every console error, the 401s included.
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => consoleErrors.push(err.message));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the sign-in page loads with no console error (no 401 from the session check)', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(consoleErrors).toEqual([]);
    const { scrollWidth, innerWidth, sticksOut } = await overflow();
    expect(scrollWidth, sticksOut.join(', ')).toBeLessThanOrEqual(innerWidth);
  });

  it('the room does not scroll sideways, with an action in the table', async () => {
    await signInThroughForm(page, server.url, 'housing', PASSWORD);
    await page.goto(`${server.url}/meetings/${server.demo.meeting._id}/room`);
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    // Before the chair starts the meeting no item is "now" being discussed.
    await page.locator('#item-title').waitFor();
    await expect(page.locator('body').textContent()).resolves.not.toContain('Now discussing');

    await page.getByRole('button', { name: /^\d+\. Daniel Hughes/ }).click();
    await expect.poll(() => page.locator('#item-title').textContent(), POLL).toBe('Daniel Hughes: release in 5 days');
    await page.getByRole('tab', { name: 'Actions' }).click();

    // A date in the past is warned about before it is added.
    await page.getByLabel('On a date').check();
    await page.getByLabel('Due date').fill('2020-01-01');
    await expect.poll(() => page.getByText('This date is in the past').count(), POLL).toBe(1);

    await page.getByLabel('What needs to be done').fill('Confirm a hostel bed for the first night, with the keyworker named on the referral');
    await page.getByLabel('Named owner').fill('Helen Marsh');
    await page.getByLabel('Relative to release').check();
    await page.getByLabel('Days', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Add action' }).click();
    const row = page.locator('tr[data-action]', { hasText: 'Confirm a hostel bed' });
    await expect.poll(() => row.count(), POLL).toBe(1);
    // A relative due date also says the date it falls on.
    await expect(row.textContent()).resolves.toMatch(/2 days before release \(\d{1,2} [A-Z][a-z]+ \d{4}\)/);
    // Stacked: the cells sit one under another.
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td).display));
    expect(cells.every((display) => display === 'block')).toBe(true);

    await screenshot(page, 'room-320');
    const { scrollWidth, innerWidth, sticksOut } = await overflow();
    console.log(`room at 320 px: scrollWidth ${scrollWidth}, innerWidth ${innerWidth}`);
    expect(scrollWidth, sticksOut.join(', ')).toBeLessThanOrEqual(innerWidth);
  });

  it('the people list does not scroll sideways', async () => {
    await page.goto(`${server.url}/people`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('table').first().waitFor();
    await screenshot(page, 'people-320');
    const { scrollWidth, innerWidth, sticksOut } = await overflow();
    console.log(`people list at 320 px: scrollWidth ${scrollWidth}, innerWidth ${innerWidth}`);
    expect(scrollWidth, sticksOut.join(', ')).toBeLessThanOrEqual(innerWidth);
  });
});
