// Closing a meeting in a real browser: the chair closes the demo meeting from the room (review, then
// confirm); the housing officer then finds the new actions in "Our open actions", updates one, and
// downloads the agency list as a PDF.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, screenshot } from './pageSupport.js';


function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

describeBrowser('closing a meeting (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const pages = new BrowserPages({ acceptDownloads: true });
  let meetingId: string;
  let housingAgencyId: string;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    meetingId = server.demo.meeting._id;
    housingAgencyId = server.demo.users.housing.agencyId;
    const [daniel, kayleigh] = server.demo.meeting.agenda.map((item) => item.personId).filter(Boolean);

    // The actions the panel agreed, added as the room adds them (REST into each person's live case document).
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    const actions = [
      { text: 'Book first-night accommodation', agencyId: housingAgencyId, owner: 'Helen Marsh', personId: daniel, dueDate: isoDaysFromNow(3), pathway: 'accommodation' },
      { text: 'Chase the housing benefit claim', agencyId: housingAgencyId, owner: 'Helen Marsh', personId: kayleigh, dueDate: isoDaysFromNow(-2), pathway: 'finance' },
      { text: 'Home visit after release', agencyId: server.demo.users.police.agencyId, owner: 'PC Dan Reeves', personId: daniel, dueDate: isoDaysFromNow(10) },
    ];
    for (const action of actions) expect((await chair.post(`/api/meetings/${meetingId}/actions`, action)).status).toBe(201);
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('the chair reviews and confirms the close in the room; the record becomes read-only', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'chair');
    await page.getByRole('link', { name: 'IOM panel: pre-release cases' }).click();
    await page.getByRole('button', { name: 'Join the meeting room' }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}/room$`));

    await page.getByRole('button', { name: /^close (the )?meeting$/i }).click();
    // The review comes first: nothing is closed until the chair confirms.
    await page.getByText(/check before closing|before you close/i).first().waitFor();
    await screenshot(page, 'close-review');
    const before = await (await loginAs(server.url, 'chair', PASSWORD)).get(`/api/meetings/${meetingId}`);
    expect(before.body.status).toBe('live');

    const started = Date.now();
    await page.getByRole('button', { name: /confirm|yes, close/i }).click();
    await page.getByText(/this meeting is closed/i).first().waitFor();
    console.log(`close confirmed to closed state shown: ${Date.now() - started} ms`);
    await screenshot(page, 'room-closed');

    await page.goto(`${server.url}/meetings/${meetingId}`);
    await page.locator('.govuk-summary-list').getByText('Closed').first().waitFor();
    await expect(page.getByRole('button', { name: 'Join the meeting room' }).count()).resolves.toBe(0);
    // The chair sees what happened to each agency's e-mail (no SMTP in this test: not sent, and says so).
    const emails = page.getByTestId('email-states');
    await emails.getByRole('link', { name: 'Local Authority Housing' }).waitFor();
    await emails.getByRole('link', { name: 'Police IOM Team' }).waitFor();
    await screenshot(page, 'meeting-closed');

    await page.getByRole('link', { name: 'Minutes' }).click();
    await page.getByRole('heading', { level: 1, name: 'IOM panel: pre-release cases' }).waitFor();
    await page.getByText('Book first-night accommodation').waitFor();
    await screenshot(page, 'minutes');
    expect(errors).toEqual([]);
  });

  it('housing sees its new actions in "Our open actions", overdue highlighted, and records that one could not be done', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'housing');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Our open actions' }).click();
    const table = page.getByTestId('actions-table');
    await table.locator('caption', { hasText: '2 actions, 1 overdue' }).waitFor();
    await expect(table.getByText('Home visit after release').count()).resolves.toBe(0); // police's, not ours
    const overdueRow = table.locator('tr.roundtable-row--overdue');
    await expect(overdueRow.count()).resolves.toBe(1);
    const overdueText = await overdueRow.textContent();
    expect(overdueText).toContain('Chase the housing benefit claim');
    expect(overdueText).toContain('Overdue');
    await screenshot(page, 'our-actions');

    await table.getByRole('row').filter({ hasText: 'Book first-night accommodation' }).getByRole('link', { name: /Update/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Update an action' }).waitFor();
    await page.getByRole('button', { name: 'Save update' }).click();
    await page.locator('.govuk-error-summary').getByText('Choose a new status or add a progress note').waitFor();
    await page.getByLabel('Could not be done: change in circumstance').check();
    await page.getByLabel('Progress note').fill('Release date moved: he is staying in custody for now.');
    await screenshot(page, 'update-action');
    await page.getByRole('button', { name: 'Save update' }).click();
    await page.getByText('Action updated').waitFor();
    // 'could-not-be-done' is no longer open, so the list now holds one action.
    await table.locator('caption', { hasText: '1 action, 1 overdue' }).waitFor();

    await page.getByLabel('All, including finished').check();
    await page.getByRole('button', { name: 'Apply filter' }).click();
    const done = table.getByRole('row').filter({ hasText: 'Book first-night accommodation' });
    await done.getByText('Could not be done: change in circumstance').waitFor();
    expect(errors).toEqual([]);
  });

  it("housing opens its agency list of the closed meeting and downloads it as a PDF; another agency's list is refused", async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'housing');
    await page.getByRole('link', { name: 'IOM panel: pre-release cases' }).click();
    await page.getByRole('link', { name: 'Actions for Local Authority Housing' }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}/agencies/${housingAgencyId}$`));
    await page.getByRole('heading', { level: 1, name: 'Actions for Local Authority Housing' }).waitFor();
    await page.getByText('Chase the housing benefit claim').waitFor();
    await expect(page.getByText('Home visit after release').count()).resolves.toBe(0);
    await screenshot(page, 'agency-list');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Download as PDF/ }).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(path);
    console.log(`agency list PDF: ${bytes.length} bytes, file name ${download.suggestedFilename()}`);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await page.goto(`${server.url}/meetings/${meetingId}/agencies/${server.demo.users.police.agencyId}`);
    await page.getByRole('heading', { level: 1, name: 'Action list not available' }).waitFor();
    await page.getByText("You can only see your own agency's actions").waitFor();
    // The refused request is the only error on the page.
    expect(errors.filter((e) => !e.includes('403'))).toEqual([]);
  });
});
