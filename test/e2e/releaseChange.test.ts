// A release-date change made through the person page's form reaches an open room without a reload: housing has the
// meeting room open on the person's case; probation (the lead agency) records the change with its type, reason and
// source; housing's room shows the new date and the old one, and housing's header shows an unread notification
// that the notifications page lists and marks read. An action carried from the panel's last meeting, due five days
// before release, moves with the date in the open room (its new date, "was …, now …" and now an overdue flag) without
// a reload, and housing's list of open actions shows the date it was.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ukDate } from '../../shared/format.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { loginAs } from '../support/http.js';
import { expectNoAxeViolations } from './axe.js';
import { BrowserPages, screenshot } from './pageSupport.js';
import { agendaButton, joinRoom, POLL, type Member } from './roomSupport.js';

const long = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describeBrowser('a release-date change reaches an open room (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let housing: Member;
  let carriedId: string;
  const pages = new BrowserPages();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    // The panel's last meeting agreed an action for housing about Daniel, due five days before his release (today).
    const { users, meeting } = server.demo;
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    const last = await chair.post('/api/meetings', {
      panelId: meeting.panelId,
      title: 'IOM panel: last fortnight',
      type: 'IOM',
      startsAt: new Date(Date.now() - 14 * 86_400_000).toISOString(),
      chairId: users.chair._id,
      attendeeIds: [users.probation._id, users.housing._id],
      agenda: [{ title: 'Daniel Hughes', kind: 'case', personId: meeting.agenda[1].personId }],
    });
    expect(last.status, JSON.stringify(last.body)).toBe(201);
    expect((await chair.post(`/api/meetings/${last.body._id}/start`)).status).toBe(200);
    const carried = await chair.post(`/api/meetings/${last.body._id}/actions`, {
      text: 'Hand over the hostel keys to Daniel',
      agencyId: users.housing.agencyId,
      owner: 'Helen Marsh',
      personId: meeting.agenda[1].personId,
      dueRelativeDays: -5,
    });
    expect(carried.status, JSON.stringify(carried.body)).toBe(201);
    carriedId = `${last.body._id}:${carried.body.id}`;
    expect((await chair.post(`/api/meetings/${last.body._id}/close`)).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await housing?.context.close();
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('shows the new date in the open room without reloading, and an unread count in the header', async () => {
    const meeting = server.demo.meeting;
    const personId = meeting.agenda[1].personId!;
    const api = await loginAs(server.url, 'probation', PASSWORD);
    const before = (await api.get(`/api/people/${personId}`)).body.releaseDate as string;
    const after = addDays(before, -1);

    // Housing (on the case team) has the room open on Daniel Hughes' case.
    housing = await joinRoom(browser, server.url, meeting._id, 'housing');
    await agendaButton(housing, 'Daniel Hughes').click();
    await expect.poll(() => housing.page.getByTestId('room-release-date').first().textContent(), POLL).toBe(long(before));
    await expect(housing.page.getByTestId('unread-count').count()).resolves.toBe(0);
    // The carried action, due today (five days before release): not overdue, never moved.
    const card = housing.page.getByTestId('previous-actions').locator(`[data-previous-action="${carriedId}"]`);
    await card.getByRole('heading', { name: 'Hand over the hostel keys to Daniel' }).waitFor();
    const dueRow = card.locator('.govuk-summary-list__row').filter({ has: housing.page.locator('dt', { hasText: /^Due$/ }) }).locator('dd');
    await expect(dueRow.textContent()).resolves.toBe(long(addDays(before, -5)));
    await expect(card.getByTestId('carried-due-moved').count()).resolves.toBe(0);
    // A marker that a reload would wipe.
    await housing.page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

    // Probation records the change through the person page's form; a missing reason is answered by the error summary.
    const { page, errors } = await pages.signIn(browser, server.url, 'probation');
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Daniel Hughes' }).waitFor();
    await page.getByTestId('record-release-change').click();
    const [year, month, day] = after.split('-');
    await page.locator('#newReleaseDate-day').fill(String(Number(day)));
    await page.locator('#newReleaseDate-month').fill(String(Number(month)));
    await page.locator('#newReleaseDate-year').fill(year);
    await page.getByLabel('Friday release brought forward', { exact: true }).check();
    await page.getByLabel('Source', { exact: true }).fill('Prison OMU');
    await page.getByRole('button', { name: 'Record the change' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Enter the reason for the change');
    expect((await api.get(`/api/people/${personId}`)).body.releaseDate).toBe(before);
    await page.getByLabel('Reason', { exact: true }).fill('The release falls on a Friday; brought forward to Thursday.');
    await page.getByRole('button', { name: 'Record the change' }).click();
    await page.getByTestId('release-change-recorded').waitFor();
    await expect(page.getByTestId('release-change-history').textContent()).resolves.toContain(`was ${long(before)}, now ${long(after)}`);
    await screenshot(page, 'release-change-recorded');

    // Housing's open room shows the new date and what it was, without a reload.
    const changed = Date.now();
    await expect.poll(() => housing.page.getByTestId('room-release-date').first().textContent(), POLL).toBe(long(after));
    console.log(`the new release date reached the open room ${Date.now() - changed} ms after the change was recorded`);
    await expect(housing.page.getByTestId('room-release-moved').first().textContent()).resolves.toContain(`was ${long(before)}`);
    // The carried action moved with it, without a reload: its new date, what it was, and now overdue.
    await expect.poll(() => card.getByTestId('carried-due-moved').count(), POLL).toBe(1);
    await expect(card.getByTestId('carried-due-moved').textContent()).resolves.toBe(
      `Release date changed: was ${ukDate(addDays(before, -5))}, now ${ukDate(addDays(after, -5))}`,
    );
    await expect(dueRow.textContent()).resolves.toContain(long(addDays(after, -5)));
    await expect(card.getByText('Overdue', { exact: true }).isVisible()).resolves.toBe(true);
    await housing.page.getByRole('region', { name: /red flag/ }).locator('[data-flag="overdue-action"]', { hasText: 'Hand over the hostel keys to Daniel' }).waitFor();
    // The room's header shows the unread notification, also without a reload.
    await expect.poll(() => housing.page.getByTestId('unread-count').textContent(), POLL).toBe('1');
    await expect(housing.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).resolves.toBe(true);
    await screenshot(housing.page, 'release-change-room');

    // The notifications page lists it and marks it read.
    await housing.page.getByTestId('notifications-link').click();
    await housing.page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await expect.poll(() => housing.page.getByTestId('unread-count').textContent(), POLL).toBe('1');
    const item = housing.page.getByTestId('notification');
    await expect(item.textContent()).resolves.toContain('A release date has changed');
    await expect(item.textContent()).resolves.toContain('Case X123401');
    await expectNoAxeViolations(housing.page, '/notifications with an unread notification');
    await housing.page.getByRole('button', { name: /^Mark as read/ }).click();
    await expect.poll(() => housing.page.getByTestId('unread-count').count(), POLL).toBe(0);
    // The header's count and the page's summary update separately: wait for the summary too.
    await expect.poll(() => housing.page.getByTestId('notifications-summary').textContent(), POLL).toBe('You have read all your notifications.');
    await expectNoAxeViolations(housing.page, '/notifications, all read');

    // Housing's list of open actions shows the new date and the date it was.
    await housing.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Our open actions' }).click();
    const row = housing.page.locator('tr', { hasText: 'Hand over the hostel keys to Daniel' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain(long(addDays(after, -5)));
    await expect(row.getByTestId('previous-due-date').textContent()).resolves.toBe(`was ${long(addDays(before, -5))} (release date changed)`);
    await expect(row.getByText('Overdue', { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(housing.page, 'release-change-actions');
    expect(errors).toEqual([]);
    expect(housing.errors).toEqual([]);
  });
});
