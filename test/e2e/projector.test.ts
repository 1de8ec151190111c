// The room on a projector, in real Chromium against a real server: a 1280×720 screen, and the same screen at 150%
// zoom (a 853×480 CSS px viewport drawn at 1.5 device pixels per CSS pixel, which is what browser zoom does to the
// layout). Following the chair brings the current item into view with its red flags and the first field of the open
// tab, without anyone scrolling, even from the bottom of a long page (the chair's own page too); the presentation view for the shared screen shows the current case large and read
// only, and follows the chair live.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot, PAGE_TIMEOUT } from './pageSupport.js';
import { POLL } from './roomSupport.js';

interface Screen {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
}

const PROJECTOR: Screen = { name: '1280x720', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 };
/** A 1280×720 window at 150% zoom: 853×480 CSS px, each 1.5 device pixels. */
const ZOOMED: Screen = { name: '1280x720-at-150pc', viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 };

/** Where an element sits against the window: fully inside means top ≥ 0 and bottom ≤ the window's height. */
async function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    return { top: Math.round(rect.top), bottom: Math.round(rect.bottom), left: Math.round(rect.left), right: Math.round(rect.right), height: window.innerHeight, width: window.innerWidth };
  }, selector);
}

async function expectInView(page: Page, selector: string, what: string): Promise<void> {
  // Scrolling is smooth on some screens: wait for it to settle inside the window.
  await expect
    .poll(async () => {
      const at = await placement(page, selector);
      return at !== null && at.top >= 0 && at.bottom <= at.height && at.left >= 0 && at.right <= at.width;
    }, POLL)
    .toBe(true);
  console.log(`${what}: ${JSON.stringify(await placement(page, selector))}`);
}

/** Scrolls to the very bottom of the page. */
const toBottom = (page: Page) => page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));

/**
 * Scrolls to the bottom until the element is wholly above or below the window (what the follow scroll has to undo).
 * Scrolled again each time: the item's content may still be arriving, or the follow scroll still settling, under load.
 */
async function expectOutOfViewAtBottom(page: Page, selector: string, what: string): Promise<void> {
  await expect
    .poll(async () => {
      await toBottom(page);
      const at = await placement(page, selector);
      return at !== null && (at.bottom <= 0 || at.top >= at.height);
    }, { ...POLL, message: `${selector} out of view ${what}` })
    .toBe(true);
  console.log(`${what}: ${JSON.stringify(await placement(page, selector))}`);
}

/** The first field of the open tab: a text box, select, radio, checkbox or rich-text editor in its panel. */
const FIRST_FIELD = '[role="tabpanel"] :is(input:not([type="hidden"]), select, textarea, [contenteditable="true"])';

describeBrowser('the room on a projector (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let meetingId: string;

  async function open(username: string, screen: Screen, path: string): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors = watchPageErrors(page);
    await signInThroughForm(page, server.url, username, PASSWORD);
    await page.goto(`${server.url}${path}`);
    return { page, errors };
  }

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    meetingId = server.demo.meeting._id;
    // A red flag on Kayleigh Brennan's case: an action already overdue.
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    const kayleigh = server.demo.meeting.agenda[2].personId;
    const overdue = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const added = await chair.post(`/api/meetings/${meetingId}/actions`, {
      text: 'Chase the housing benefit claim',
      agencyId: server.demo.users.housing.agencyId,
      owner: 'Helen Marsh',
      personId: kayleigh,
      dueDate: overdue,
    });
    expect(added.status).toBe(201);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('following the chair brings the current item, its red flags and first field into view at 1280×720 and at 150% zoom', async () => {
    const chair = await open('chair', PROJECTOR, `/meetings/${meetingId}/room`);
    const projector = await open('probation', PROJECTOR, `/meetings/${meetingId}/room`);
    const zoomed = await open('housing', ZOOMED, `/meetings/${meetingId}/room`);
    for (const { page } of [chair, projector, zoomed]) await page.locator('#item-title').waitFor();

    // The chair moves to the third item on the agenda, a case with a red flag.
    await chair.page.getByRole('button', { name: /^3\. Kayleigh Brennan/ }).click();
    for (const { page } of [chair, projector, zoomed]) {
      await expect.poll(() => page.locator('#item-title').textContent(), POLL).toBe('Kayleigh Brennan: release in 12 days');
      await page.locator('.roundtable-red-flags').waitFor();
      await page.locator(FIRST_FIELD).first().waitFor();
    }
    for (const [member, screen] of [
      [projector, PROJECTOR],
      [zoomed, ZOOMED],
    ] as const) {
      await screenshot(member.page, `projector-${screen.name}`);
      await expectInView(member.page, '#item-title', `${screen.name} heading`);
      await expectInView(member.page, '.roundtable-red-flags', `${screen.name} red flags`);
      await expectInView(member.page, FIRST_FIELD, `${screen.name} first field`);
    }

    // Everyone scrolls far away, to the bottom of the page, where the item's heading is out of view; the chair picks the
    // next item from the keyboard without scrolling to it. Following brings each page back to the new item, the chair's
    // own included.
    for (const { page } of [chair, projector, zoomed]) await expectOutOfViewAtBottom(page, '#item-title', 'before the chair moves on');
    await chair.page.getByRole('button', { name: /^4\. Marcus Adeyemi/ }).evaluate((button) => (button as HTMLElement).focus({ preventScroll: true }));
    await chair.page.keyboard.press('Enter');
    for (const [member, screen] of [
      [chair, PROJECTOR],
      [projector, PROJECTOR],
      [zoomed, ZOOMED],
    ] as const) {
      const who = member === chair ? `${screen.name} (chair)` : screen.name;
      await expect.poll(() => member.page.locator('#item-title').textContent(), POLL).toBe('Marcus Adeyemi: release in 19 days');
      await member.page.locator(FIRST_FIELD).first().waitFor();
      await expectInView(member.page, '#item-title', `${who} heading after the chair moved on`);
      await expectInView(member.page, FIRST_FIELD, `${who} first field after the chair moved on`);
    }
    // The check above can fail: at the bottom of this item's page its heading is out of view.
    for (const { page } of [chair, projector, zoomed]) await expectOutOfViewAtBottom(page, '#item-title', 'at the bottom of the new item');
    // Nothing scrolls sideways at 150% zoom.
    const sideways = await zoomed.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    // At 150% zoom the agenda and presence list are folded above the item, still within reach; at 1280×720 beside it.
    await expect(zoomed.page.locator('summary', { hasText: /^Agenda \(6 items\) and who is in the room \(3\)/ }).count()).resolves.toBe(1);
    await expect(projector.page.getByRole('navigation', { name: 'Agenda' }).isVisible()).resolves.toBe(true);
    for (const member of [chair, projector, zoomed]) expect(member.errors).toEqual([]);
  }, 180_000);

  it('the presentation view shows the current case large and read only, and follows the chair live', async () => {
    const chair = await open('chair', PROJECTOR, `/meetings/${meetingId}/room`);
    await chair.page.locator('#item-title').waitFor();
    await chair.page.getByRole('button', { name: /^3\. Kayleigh Brennan/ }).click();
    await expect.poll(() => chair.page.locator('#item-title').textContent(), POLL).toBe('Kayleigh Brennan: release in 12 days');

    // Linked from the room.
    const link = chair.page.getByRole('link', { name: /presentation view/i });
    await expect(link.getAttribute('href')).resolves.toBe(`/meetings/${meetingId}/present`);

    for (const screen of [PROJECTOR, ZOOMED]) {
      const shared = await open('chair', screen, `/meetings/${meetingId}/present`);
      const page = shared.page;
      const heading = page.getByRole('heading', { level: 1, name: 'Kayleigh Brennan: release in 12 days' });
      await heading.waitFor().catch(async (err: unknown) => {
        await screenshot(page, `present-failed-${screen.name}`);
        throw err;
      });
      await page.getByRole('heading', { name: /risk of serious harm/i }).waitFor();
      await page.getByRole('heading', { name: /release plan/i }).waitFor();
      await page.getByRole('heading', { name: /^actions/i }).waitFor();
      await page.getByText('Chase the housing benefit claim').first().waitFor();
      await page.locator('.roundtable-red-flags').getByText(/overdue/i).first().waitFor();
      // Read only: no field, no editor, nothing to type into.
      await expect(page.locator('main :is(input, select, textarea, [contenteditable="true"])').count()).resolves.toBe(0);
      // Large type: the case heading is bigger than GOV.UK's largest body heading.
      const fontSize = await page.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(36);
      await expectInView(page, 'h1', `${screen.name} presentation heading`);
      await expectInView(page, '.roundtable-red-flags', `${screen.name} presentation red flags`);
      await screenshot(page, `present-${screen.name}`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(sideways).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page, `presentation view ${screen.name}`);

      // The chair moves on: the shared screen follows without a reload.
      await chair.page.getByRole('button', { name: /^\d+\. Marcus Adeyemi/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Marcus Adeyemi: release in 19 days' }).waitFor();
      await chair.page.getByRole('button', { name: /^\d+\. Kayleigh Brennan/ }).click();
      await heading.waitFor();
      expect(shared.errors).toEqual([]);
    }
  }, 180_000);
});
