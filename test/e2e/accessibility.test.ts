// axe (WCAG 2.2 AA and the best-practice `region` rule) on every page and every state of the meeting room, in real
// Chromium against a real server: signed out, as an administrator, as the chair through a whole meeting (before the
// start, running with a current item, each case tab, paused, the close review, closed), as an observer (read only),
// and as an agency member after the close (their actions, the agency list, the minutes). States that need a scene of
// their own are checked with the same helper where that scene is set up: the reconnecting and offline room with stale
// red flags and the queued-changes marker, and a refused offline change (offlineQueue.test.ts); the close review
// listing unsent changes (closeReviewUnsent.test.ts); held changes offered and sent as a late addition, and the chair's
// late-additions review pending and accepted (offlineClose.test.ts); the paused room as a member (pause.test.ts);
// /notifications (releaseChange.test.ts); the itinerary print page (firstDays.test.ts); /actions/:id with the
// correction form open (editActions.test.ts); the two-step sign-in code and enrolment steps (mfaSignIn.test.ts); the
// guest room (guestRoom.test.ts).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { axeViolations, expectNoAxeViolations } from './axe.js';
import { BrowserPages, screenshot } from './pageSupport.js';
import { POLL } from './roomSupport.js';

describeBrowser('accessibility: axe on every page and room state (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const pages = new BrowserPages();
  let meetingId: string;
  let personId: string;

  /** Opens `path` and waits for its h1 and for nothing still loading. */
  async function visit(page: Page, path: string, h1: string | RegExp): Promise<void> {
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
    await waitForLoaded(page);
  }

  const waitForLoaded = (page: Page) =>
    expect.poll(() => page.getByText(/^Loading/).count(), POLL).toBe(0);

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    meetingId = server.demo.meeting._id;
    personId = server.demo.meeting.agenda.map((item) => item.personId).find(Boolean) as string;
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('axe finds a missing label and content outside landmarks (positive control)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}/login`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.evaluate(() => {
        const stray = document.createElement('div');
        stray.innerHTML = '<p>Outside every landmark</p><input type="text">';
        document.body.appendChild(stray);
      });
      const ids = (await axeViolations(page)).map((v) => v.id);
      expect(ids).toContain('label');
      expect(ids).toContain('region');
    } finally {
      await context.close();
    }
  });

  it('the sign-in page, empty and with its error summary', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await visit(page, '/login', 'Sign in');
      await expectNoAxeViolations(page, 'sign in');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      await expectNoAxeViolations(page, 'sign in with errors');
    } finally {
      await context.close();
    }
  });

  it("the administrator's pages", async () => {
    const { page } = await pages.signIn(browser, server.url, 'admin');
    const visits: [string, string | RegExp][] = [
      ['/', 'Meetings'],
      ['/people', 'People'],
      [`/people/${personId}`, /.+/],
      ['/people/new', /add a person/i],
      [`/people/${personId}/change`, /.+/],
      ['/actions', /actions/i],
      ['/admin/users', /users/i],
      ['/admin/audit', /audit/i],
      ['/admin/identity-providers', 'Single sign-on'],
      ['/account', /account/i],
      ['/no-such-page', /not found/i],
    ];
    for (const [path, h1] of visits) {
      await visit(page, path, h1);
      await expectNoAxeViolations(page, path);
    }
    // A form's error state: the new-person form submitted empty.
    await visit(page, '/people/new', /add a person/i);
    await page.getByRole('button', { name: /save|add|continue/i }).first().click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page, '/people/new with errors');
  }, 240_000);

  it("the chair's pages and the room through a whole meeting", async () => {
    const { page } = await pages.signIn(browser, server.url, 'chair');
    await expectNoAxeViolations(page, 'meetings list (chair)');
    await visit(page, '/meetings/new', /schedule/i);
    await expectNoAxeViolations(page, 'schedule a meeting');
    await visit(page, `/meetings/${meetingId}`, 'IOM panel: pre-release cases');
    await expectNoAxeViolations(page, 'meeting overview (scheduled)');

    await page.getByRole('button', { name: 'Join the meeting room' }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), POLL).toBe('saved');
    await waitForLoaded(page);
    await expectNoAxeViolations(page, 'room before the start');

    await page.getByRole('button', { name: 'Start meeting' }).click();
    await expect.poll(() => page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('running');
    await page.getByRole('button', { name: /^\d+\. Daniel Hughes/ }).click();
    await expect.poll(() => page.locator('#item-title').textContent(), POLL).toMatch(/^Daniel Hughes/);
    await waitForLoaded(page);
    await expectNoAxeViolations(page, 'room running, Daniel Hughes current');

    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let index = 0; index < count; index++) {
      const tab = tabs.nth(index);
      const name = (await tab.textContent()) ?? `tab ${index}`;
      await tab.click();
      await expect.poll(() => tab.getAttribute('aria-selected'), POLL).toBe('true');
      await waitForLoaded(page);
      await expectNoAxeViolations(page, `room tab "${name}"`);
    }

    // An action in the table, then the add-action form's error state.
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.getByLabel('What needs to be done').fill('Book first-night accommodation');
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => page.locator('tr[data-action]').count(), POLL).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'room with an action');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.locator('.govuk-error-message, .govuk-error-summary').first().waitFor();
    await expectNoAxeViolations(page, 'add action with errors');

    await page.getByRole('button', { name: 'Pause meeting' }).click();
    await expect.poll(() => page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('paused');
    await expectNoAxeViolations(page, 'room paused');
    await page.getByRole('button', { name: 'Resume meeting' }).click();
    await expect.poll(() => page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('running');

    // The observer's read-only room while the meeting runs.
    const observer = await pages.signIn(browser, server.url, 'observer');
    await observer.page.goto(`${server.url}/meetings/${meetingId}/room`);
    await observer.page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await expect.poll(() => observer.page.locator('#item-title').textContent(), POLL).toMatch(/^Daniel Hughes/);
    await waitForLoaded(observer.page);
    await expectNoAxeViolations(observer.page, 'observer room (read only)');
    await observer.page.getByRole('tab', { name: 'Release plan' }).click();
    await expectNoAxeViolations(observer.page, 'observer room, release plan (read only)');

    await page.getByRole('button', { name: 'Close meeting' }).click();
    await page.getByRole('heading', { name: /before you close/i }).waitFor();
    await expectNoAxeViolations(page, 'close review open');
    await screenshot(page, 'axe-close-review');
    await page.getByRole('button', { name: /confirm and close/i }).click();
    await page.getByText(/this meeting is closed/i).first().waitFor();
    await waitForLoaded(page);
    await expectNoAxeViolations(page, 'room closed');
    await page.getByRole('tab', { name: 'Actions' }).click();
    await expectNoAxeViolations(page, 'room closed, actions tab');

    await visit(page, `/meetings/${meetingId}`, 'IOM panel: pre-release cases');
    await expectNoAxeViolations(page, 'meeting overview (closed)');
    await visit(page, `/meetings/${meetingId}/minutes`, 'IOM panel: pre-release cases');
    await expectNoAxeViolations(page, 'minutes');
  }, 300_000);

  it("an agency member's pages after the close", async () => {
    // Closed by the previous test, or here if it ran alone.
    const chairApi = await loginAs(server.url, 'chair', PASSWORD);
    if ((await chairApi.get(`/api/meetings/${meetingId}`)).body.status !== 'closed') {
      await chairApi.post(`/api/meetings/${meetingId}/start`);
      await chairApi.post(`/api/meetings/${meetingId}/actions`, { text: 'Book first-night accommodation', agencyId: server.demo.users.chair.agencyId, owner: 'Sam', personId });
      expect((await chairApi.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    }
    const agencyId = server.demo.users.probation.agencyId;
    const { page } = await pages.signIn(browser, server.url, 'probation');
    await visit(page, '/actions', /actions/i);
    await expectNoAxeViolations(page, 'our open actions');
    await page.getByRole('link', { name: /Update/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Update an action' }).waitFor();
    await waitForLoaded(page);
    await expectNoAxeViolations(page, 'update an action');
    await page.getByRole('button', { name: 'Save update' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page, 'update an action with errors');
    await visit(page, `/meetings/${meetingId}/agencies/${agencyId}`, /Actions for/);
    await expectNoAxeViolations(page, 'agency list');
  }, 180_000);
});
