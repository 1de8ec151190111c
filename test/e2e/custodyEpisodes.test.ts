// Custody episodes and recalls through the screens in real Chromium: the lead agency adds a recall from the person page;
// bad input (nothing chosen, then a recall without its type or reason and 31 February) gets the GOV.UK error summary and
// nothing is saved; the saved recall shows on the person page and in the chronology; changing it with an end before its
// start is refused, then saved. A case-team member of another agency sees the episodes but no way to add or change them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, fillDate, screenshot } from './pageSupport.js';
import { POLL } from './roomSupport.js';

const date = (day: string, month: string, year: string) => ({ day, month, year });

describeBrowser('custody episodes and recalls (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let probationApi: ApiClient;
  let daniel: string;
  const pages = new BrowserPages();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    probationApi = await loginAs(server.url, 'probation', PASSWORD);
    daniel = server.demo.meeting.agenda.find((item) => item.personId)!.personId!;
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  const episodes = async () => (await probationApi.get(`/api/people/${daniel}/custody-episodes`)).body.items as { _id: string; endDate?: string }[];

  it('adds a recall through the form after bad input is refused, and shows it on the person page and in the chronology', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'probation');
    await page.goto(`${server.url}/people/${daniel}`);
    const section = page.getByTestId('custody-episodes');
    await section.getByText('No custody episodes have been recorded.').waitFor();
    await section.getByRole('link', { name: 'Add a custody episode or recall' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a custody episode or recall' }).waitFor();
    // The prison starts as the person's current one.
    await expect(page.getByLabel('Prison', { exact: true }).inputValue()).resolves.toBe('HMP Northgate');

    const summary = page.locator('.govuk-error-summary');
    await page.getByRole('button', { name: 'Save custody episode' }).click();
    await summary.getByText('There is a problem').waitFor();
    await expect(summary.getByRole('link').allTextContents()).resolves.toEqual(['Select the type of custody', 'Enter the date the custody started']);
    await expect.poll(() => page.title()).toBe('Error: Add a custody episode or recall – Roundtable');

    // A recall asks for its type (shown once "Recall" is chosen) and its reason.
    await expect(page.getByRole('group', { name: 'Type of recall' }).count()).resolves.toBe(0);
    await page.getByLabel('Recall', { exact: true }).check();
    await page.getByRole('group', { name: 'Type of recall' }).waitFor();
    await fillDate(page, 'startDate', date('31', '2', '2024'));
    await page.getByRole('button', { name: 'Save custody episode' }).click();
    await expect
      .poll(() => summary.getByRole('link').allTextContents())
      .toEqual(['Select the type of recall', 'Start date must be a real date', 'Enter the reason for the recall']);
    await summary.getByRole('link', { name: 'Select the type of recall' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('recallType');
    await expect(page.locator('#startDate-day').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await episodes()).toEqual([]);

    await page.getByLabel('Fixed-term recall', { exact: true }).check();
    await fillDate(page, 'startDate', date('3', '2', '2024'));
    await page.getByLabel('Reason for the recall', { exact: true }).fill('Missed three appointments and left the approved premises');
    await page.getByRole('button', { name: 'Save custody episode' }).click();
    await page.getByText('Custody episode added').waitFor();
    const row = page.getByTestId('custody-episode');
    // The episodes load after the page (and its banner) does.
    await row.waitFor();
    await expect(row.locator('td').allTextContents()).resolves.toEqual([
      'Recall (fixed-term recall)',
      'HMP Northgate',
      '3 February 2024',
      'Still in custody',
      'Missed three appointments and left the approved premises',
      expect.stringMatching(/^Change/),
    ]);
    const chronology = page.getByTestId('chronology');
    const entry = chronology.getByTestId('chronology-entry').filter({ hasText: 'Recalled to custody at HMP Northgate: Recall (fixed-term recall)' });
    await entry.waitFor();
    await expect(entry.locator('time').textContent()).resolves.toBe('3 February 2024');
    await screenshot(page, 'custody-episodes');

    // Changing it: an end before the start is refused and changes nothing; then the end date is saved.
    await row.getByRole('link', { name: /^Change/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change a custody episode' }).waitFor();
    await expect(page.getByLabel('Fixed-term recall', { exact: true }).isChecked()).resolves.toBe(true);
    await fillDate(page, 'endDate', date('1', '2', '2024'));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await summary.getByRole('link', { name: 'End date must be the same as or after the start date' }).waitFor();
    expect((await episodes())[0].endDate).toBeUndefined();
    await fillDate(page, 'endDate', date('2', '3', '2024'));
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Custody episode changed').waitFor();
    await expect.poll(() => row.locator('td').nth(3).textContent(), POLL).toBe('2 March 2024');
    expect((await episodes())[0].endDate).toBe('2024-03-02');
    expect(errors).toEqual([]);
  });

  it('shows a case-team member of another agency the episodes, with no way to add or change them', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'housing');
    await page.goto(`${server.url}/people/${daniel}`);
    const section = page.getByTestId('custody-episodes');
    await section.getByTestId('custody-episode').waitFor();
    await expect(section.getByTestId('custody-episode').locator('td').first().textContent()).resolves.toBe('Recall (fixed-term recall)');
    await expect(section.getByRole('link').count()).resolves.toBe(0);
    // Going to the add page directly says why, and offers no form.
    await page.goto(`${server.url}/people/${daniel}/custody-episodes/new`);
    await page.getByText("Only the lead agency, a chair of one of the person's panels or an administrator can add or change custody episodes and recalls.").waitFor();
    await expect(page.getByTestId('custody-episode-form').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
