// Scheduling the next meeting in a real browser: the chair opens the planner for the demo panel, finds
// "Review of previous actions" and everyone released within 12 weeks on the proposed agenda, reorders,
// removes and adds items, and schedules it; the meeting and its agenda are then in the list and the API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, screenshot } from './pageSupport.js';

// Seeded releases are 5 to 82 days away: all eight fall inside the 12-week (84-day) window.
const DEMO_PEOPLE = ['Daniel Hughes', 'Kayleigh Brennan', 'Marcus Adeyemi', 'Lee Fairbrother', 'Shannon Doyle', 'Craig Whitlock', 'Aaron Clarke', 'Nadia Rahman'];

/** A calendar date some days ahead, as the UK sees it, split for the GOV.UK date input. */
function ukDateInDays(days: number): { day: string; month: string; year: string; iso: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year, iso };
}

/** The UK wall-clock date and time of an instant, e.g. "2026-04-02 10:00". */
function ukWallClock(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

describeBrowser('scheduling the next meeting (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let chairApi: ApiClient;
  let panelId: string;
  const pages = new BrowserPages();

  const draftTitles = (page: Page) => page.getByTestId('agenda-draft-item').locator('.roundtable-agenda-draft__title').allTextContents();
  const withoutNumbers = (titles: string[]) => titles.map((t) => t.replace(/^\d+\.\s*/, ''));

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    panelId = server.demo.meeting.panelId;
    chairApi = await loginAs(server.url, 'chair', PASSWORD);
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('the chair plans the next meeting from the proposed agenda and it appears with that agenda', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'chair');
    await page.getByRole('button', { name: 'Schedule the next meeting' }).click();
    await page.waitForURL(/\/meetings\/new/);
    await page.getByRole('heading', { level: 1, name: 'Schedule the next meeting' }).waitFor();
    await expect.poll(() => page.title()).toBe('Schedule the next meeting – Roundtable');
    await expect(page.getByLabel('Panel', { exact: true }).inputValue()).resolves.toBe(panelId);

    // The proposal: review of previous actions first, then every demo person releasing within 12 weeks.
    await page.getByTestId('agenda-draft').waitFor();
    const proposed = withoutNumbers(await draftTitles(page));
    expect(proposed[0]).toBe('Review of previous actions');
    expect(proposed.at(-1)).toBe('Any other business');
    for (const name of DEMO_PEOPLE) expect(proposed.filter((t) => t.startsWith(`${name}: release`))).toHaveLength(1);
    await expect(page.getByTestId('agenda-draft').getByText('X123401 · release within 12 weeks').isVisible()).resolves.toBe(true);
    await screenshot(page, 'schedule-proposed');

    // Nothing is sent while the form is incomplete: the error summary links to each field.
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter a title for the meeting').waitFor();
    await expect(summary.getByText('Enter the date of the meeting').isVisible()).resolves.toBe(true);
    await expect(summary.getByText('Enter the time the meeting starts').isVisible()).resolves.toBe(true);
    await expect.poll(() => page.title()).toBe('Error: Schedule the next meeting – Roundtable');
    await summary.getByRole('link', { name: 'Enter the date of the meeting' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('date-day');
    await screenshot(page, 'schedule-errors');

    // Remove one case, move another up, add a standing item (it lands before Any other business).
    const nadia = proposed.find((t) => t.startsWith('Nadia Rahman'))!;
    await page.getByRole('button', { name: `Remove ${nadia}` }).click();
    await expect.poll(async () => withoutNumbers(await draftTitles(page)).includes(nadia)).toBe(false);
    await expect(page.getByRole('status').filter({ hasText: `${nadia} removed from the agenda` }).count()).resolves.toBe(1);
    const aaron = proposed.find((t) => t.startsWith('Aaron Clarke'))!;
    await page.getByRole('button', { name: `Move up ${aaron}` }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain('Move up');
    await page.getByLabel('Add a standing item').fill('New referrals');
    await page.getByRole('button', { name: 'Add standing item' }).click();

    const expected = proposed.filter((t) => t !== nadia);
    const aaronAt = expected.indexOf(aaron);
    [expected[aaronAt - 1], expected[aaronAt]] = [expected[aaronAt], expected[aaronAt - 1]];
    expected.splice(expected.length - 1, 0, 'New referrals');
    await expect.poll(async () => withoutNumbers(await draftTitles(page))).toEqual(expected);

    const date = ukDateInDays(21);
    await page.getByLabel('Title', { exact: true }).fill('IOM panel: next review');
    await page.getByLabel('Day', { exact: true }).fill(date.day);
    await page.getByLabel('Month', { exact: true }).fill(date.month);
    await page.getByLabel('Year', { exact: true }).fill(date.year);
    await page.getByLabel('Hour', { exact: true }).fill('10');
    await page.getByLabel('Minute', { exact: true }).fill('00');
    await page.getByLabel('Helen Marsh (Housing Options)').check();
    await page.getByLabel('PC Dan Reeves').check();
    await screenshot(page, 'schedule-filled');

    const started = Date.now();
    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'IOM panel: next review' }).waitFor();
    console.log(`schedule submitted to new meeting overview: ${Date.now() - started} ms`);
    const meetingId = new URL(page.url()).pathname.split('/').at(-1)!;
    expect(meetingId).not.toBe('new');
    await expect(page.getByRole('link', { name: aaron }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: nadia }).count()).resolves.toBe(0);
    await screenshot(page, 'schedule-created');

    await page.getByRole('link', { name: 'Back to meetings' }).click();
    const row = page.getByRole('row').filter({ hasText: 'IOM panel: next review' });
    await row.waitFor();
    await expect(row.getByText('Scheduled').isVisible()).resolves.toBe(true);

    const saved = await chairApi.get(`/api/meetings/${meetingId}`);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ panelId, title: 'IOM panel: next review', type: 'IOM', status: 'scheduled', chairId: server.demo.users.chair._id });
    expect(saved.body.agenda.map((item: { title: string }) => item.title)).toEqual(expected);
    expect(saved.body.agenda.find((item: { title: string }) => item.title === 'New referrals')).toMatchObject({ kind: 'standing' });
    expect(saved.body.agenda.find((item: { title: string }) => item.title === aaron).personId).toBeTruthy();
    expect([...saved.body.attendeeIds].sort()).toEqual([server.demo.users.chair._id, server.demo.users.housing._id, server.demo.users.police._id].sort());
    expect(ukWallClock(saved.body.startsAt)).toBe(`${date.iso} 10:00`);
    expect(errors).toEqual([]);
  });

  it('from a closed meeting, the planner starts with its panel, title, time and attendees', async () => {
    const meetingId = server.demo.meeting._id;
    expect((await chairApi.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    expect((await chairApi.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);

    const { page, errors } = await pages.signIn(browser, server.url, 'chair');
    await page.goto(`${server.url}/meetings/${meetingId}`);
    await page.getByText('This meeting is closed').waitFor();
    await page.getByRole('button', { name: 'Schedule the next meeting' }).click();
    await page.waitForURL(new RegExp(`/meetings/new\\?panelId=${panelId}&from=${meetingId}$`));
    await page.getByTestId('agenda-draft').waitFor();
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('IOM panel: pre-release cases');
    await expect(page.getByLabel('Hour', { exact: true }).inputValue()).resolves.toBe(ukWallClock(server.demo.meeting.startsAt).slice(11, 13));
    for (const username of ['probation', 'police', 'housing', 'substance', 'minutes', 'observer'])
      await expect(page.locator(`#attendee-${server.demo.users[username]._id}`).isChecked()).resolves.toBe(true);
    await expect(page.locator(`#attendee-${server.demo.users.admin._id}`).isChecked()).resolves.toBe(false);
    await screenshot(page, 'schedule-from-closed');
    expect(errors).toEqual([]);
  });

  it('an agency member has no button and the planner turns them away', async () => {
    const { page } = await pages.signIn(browser, server.url, 'housing');
    await expect(page.getByRole('button', { name: 'Schedule the next meeting' }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/meetings/new?panelId=${panelId}`);
    await page.getByRole('heading', { level: 1, name: 'You cannot schedule meetings' }).waitFor();
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    expect((await housing.get(`/api/panels/${panelId}/proposed-agenda`)).status).toBe(403);
  });
});
