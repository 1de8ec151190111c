// The room, the people list and every other page on a 320 CSS px screen (a phone, or 400% zoom): nothing scrolls sideways,
// the actions table stacks its cells; after a close, the minutes, the agency list, notifications, a tracked action, the
// itinerary print page and the closed room, each with rows. Also what a small screen shows of dates and the meeting's
// state ("Now discussing" only once started), and that the sign-in page loads without a console error.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm } from '../support/browser.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { screenshot, PAGE_TIMEOUT } from './pageSupport.js';
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
    page.setDefaultTimeout(PAGE_TIMEOUT);
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
    await page.locator('summary', { hasText: /^Agenda \(\d+ items\) and who is in the room/ }).waitFor();
    // Before the chair starts the meeting no item is "now" being discussed.
    await page.locator('#item-title').waitFor();
    await expect(page.locator('body').textContent()).resolves.not.toContain('Now discussing');
    // Positive control: once the chair starts, the current item says it is being discussed.
    expect((await (await loginAs(server.url, 'chair', PASSWORD)).post(`/api/meetings/${server.demo.meeting._id}/start`)).status).toBe(200);
    await expect.poll(() => page.locator('section.roundtable-item .govuk-caption-m').textContent(), POLL).toBe('Now discussing');

    // On a narrow screen the agenda and the presence list are folded above the item.
    await page.locator('summary', { hasText: /^Agenda \(\d+ items\) and who is in the room/ }).click();
    await page.getByRole('button', { name: /^\d+\. Daniel Hughes/ }).click();
    await expect.poll(() => page.locator('#item-title').textContent(), POLL).toBe('Daniel Hughes: release in 5 days');
    await page.getByRole('tab', { name: 'Actions' }).click();

    // A date in the past is warned about before it is added.
    await page.getByLabel('On a date').check();
    // The GOV.UK date input: day, month and year.
    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2020');
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

  it('no other page scrolls sideways either: the chair\'s and the administrator\'s pages, the presentation view', async () => {
    const meetingId = server.demo.meeting._id;
    const personId = server.demo.meeting.agenda.map((item) => item.personId).find(Boolean) as string;
    const wide: string[] = [];
    const check = async (path: string) => {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.getByText(/^Loading/).count(), POLL).toBe(0);
      const { scrollWidth, innerWidth, sticksOut } = await overflow();
      if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px (${sticksOut.join(', ')})`);
    };
    await context.clearCookies();
    await signInThroughForm(page, server.url, 'chair', PASSWORD);
    for (const path of ['/', '/meetings/new', `/meetings/${meetingId}`, `/meetings/${meetingId}/present`, `/people/${personId}`, '/actions', '/account']) await check(path);
    await context.clearCookies();
    await signInThroughForm(page, server.url, 'admin', PASSWORD);
    for (const path of ['/people/new', `/people/${personId}/change`, '/admin/users', '/admin/audit', '/admin/identity-providers']) await check(path);
    expect(wide).toEqual([]);
  }, 180_000);

  it('after the close nothing scrolls sideways either, with rows in every table and list: minutes, the agency list, notifications, an action, the itinerary print page, the closed room', async () => {
    const meetingId = server.demo.meeting._id;
    const daniel = server.demo.meeting.agenda.find((item) => item.title.startsWith('Daniel'))!.personId!;
    const housingAgency = server.demo.users.housing.agencyId;
    const [chair, probation] = await Promise.all([loginAs(server.url, 'chair', PASSWORD), loginAs(server.url, 'probation', PASSWORD)]);
    // Started by the room test above, or here when this test runs alone.
    if ((await chair.get(`/api/meetings/${meetingId}`)).body.status === 'scheduled') expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    const long = 'Confirm with the approved premises keyworker that the first-night bed is held and the referral paperwork has arrived';
    for (const text of [long, 'Register with a GP near the approved premises', 'Open a basic bank account before release'])
      expect((await chair.post(`/api/meetings/${meetingId}/actions`, { text, agencyId: housingAgency, owner: 'Helen Marsh (Housing Options)', personId: daniel, dueDate: '2031-01-10' })).status).toBe(201);
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    // A release-date change: a notification for housing, on the case team.
    const before = (await probation.get(`/api/people/${daniel}`)).body.releaseDate as string;
    const changed = await probation.post(`/api/people/${daniel}/release-changes`, { releaseDate: addDays(before, 1), type: 'conditional-release', reason: 'Release moved by a day after a sentence recalculation', source: 'Prison OMU' });
    expect(changed.status).toBe(201);
    const itinerary = await probation.put(`/api/people/${daniel}/itinerary`, {
      entries: [
        { date: before, time: '09:30', place: 'Northgate Approved Premises, 14 Station Road', what: 'Meet your keyworker and collect your room key' },
        { date: before, time: '14:00', place: 'Probation office, 1 High Street', agencyId: server.demo.users.probation.agencyId, what: 'See your probation officer' },
      ],
    });
    expect(itinerary.status).toBe(200);

    await context.clearCookies();
    await signInThroughForm(page, server.url, 'housing', PASSWORD);
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    const tracked = ((await housing.get('/api/actions?limit=200')).body.items as { id: string; text: string }[]).find((action) => action.text === long)!;
    expect(tracked).toBeDefined();

    const wide: string[] = [];
    const check = async (path: string, rows: string | null) => {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expect.poll(() => page.getByText(/^Loading/).count(), POLL).toBe(0);
      if (rows) await expect.poll(() => page.locator(rows).count(), POLL).toBeGreaterThan(0);
      await screenshot(page, `320-${path.replace(/[^a-z0-9]+/gi, '-')}`);
      const { scrollWidth, innerWidth, sticksOut } = await overflow();
      if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px (${sticksOut.join(', ')})`);
    };
    await check(`/meetings/${meetingId}/minutes`, 'main li:has-text("Confirm with the approved premises keyworker")');
    await check(`/meetings/${meetingId}/agencies/${housingAgency}`, 'main table tbody tr');
    await check('/notifications', '[data-testid="notification"]');
    await check(`/actions/${encodeURIComponent(tracked.id)}`, null);
    await check(`/people/${daniel}/itinerary/print`, '[data-testid="itinerary-print-entries"] li');
    await check(`/meetings/${meetingId}/room`, null);
    // The closed room: its actions tab, rows stacked.
    await page.locator('summary', { hasText: /^Agenda \(\d+ items\)/ }).click();
    await page.getByRole('button', { name: /^\d+\. Daniel Hughes/ }).click();
    await page.getByRole('tab', { name: 'Actions' }).click();
    await expect.poll(() => page.locator('tr[data-action]').count(), POLL).toBeGreaterThanOrEqual(3);
    const { scrollWidth, innerWidth, sticksOut } = await overflow();
    if (scrollWidth > innerWidth) wide.push(`closed room, actions tab: ${scrollWidth} px (${sticksOut.join(', ')})`);
    expect(wide).toEqual([]);
  }, 180_000);
});
