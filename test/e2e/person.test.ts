// Adding and changing a person in a real browser: bad input (no name, 31 February, a CRN in the wrong
// format) gets a GOV.UK error summary linking to each field and nothing is saved; a duplicate case
// reference refused by the server lands in the same summary; the corrected record saves; a changed
// release date shows on the person page. A case-team member of another agency sees the protected
// fields as text and can still record the person's views.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, screenshot } from './pageSupport.js';

/** A calendar date some days ahead as the UK sees it, split for the GOV.UK date input and as "5 March 2027". */
function ukDateInDays(days: number): { day: string; month: string; year: string; iso: string; long: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
  const [year, month, day] = iso.split('-');
  const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return { day: String(Number(day)), month: String(Number(month)), year, iso, long };
}

async function fillDate(page: Page, field: string, date: { day: string; month: string; year: string }) {
  await page.locator(`#${field}-day`).fill(date.day);
  await page.locator(`#${field}-month`).fill(date.month);
  await page.locator(`#${field}-year`).fill(date.year);
}

const CASE_REFERENCE = 'E2E-ADD-1';

describeBrowser('adding and changing a person (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let probationApi: ApiClient;
  const pages = new BrowserPages();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    probationApi = await loginAs(server.url, 'probation', PASSWORD);
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('refuses bad input with an error summary and saves nothing, then saves the corrected person and a changed release date', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'probation');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor();
    await expect.poll(() => page.title()).toBe('Add a person – Roundtable');

    // Bad input: no name, 31 February, a CRN without its letter.
    await page.getByLabel('Case reference', { exact: true }).fill(CASE_REFERENCE);
    await page.getByLabel('CRN (probation case reference number)').fill('123456');
    await page.getByLabel('Sentenced (in custody)').check();
    await fillDate(page, 'releaseDate', { day: '31', month: '2', year: '2027' });
    await page.getByLabel('Their own views', { exact: true }).fill('Wants to stay near his mum.');
    await page.getByRole('button', { name: 'Save person' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    const links = summary.getByRole('link');
    await expect(links.allTextContents()).resolves.toEqual([
      "Enter the person's full name",
      'CRN must be a letter followed by 6 digits, like X123456',
      'Release date must be a real date',
    ]);
    await expect.poll(() => page.title()).toBe('Error: Add a person – Roundtable');
    await expect(page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary'))).resolves.toBe(true);
    // Inline errors, wired for screen readers; the input stays as typed.
    await expect(page.locator('#crn').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#crn').getAttribute('aria-describedby')).resolves.toContain('crn-error');
    await expect(page.locator('#crn-error').textContent()).resolves.toContain('CRN must be a letter followed by 6 digits');
    await expect(page.locator('#name').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#releaseDate-day').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#crn').inputValue()).resolves.toBe('123456');
    await expect(page.locator('#releaseDate-day').inputValue()).resolves.toBe('31');
    await expect(page.getByLabel('Their own views', { exact: true }).inputValue()).resolves.toBe('Wants to stay near his mum.');
    await summary.getByRole('link', { name: 'Release date must be a real date' }).click();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('releaseDate-day');
    await screenshot(page, 'person-errors');
    // Nothing was saved.
    expect((await probationApi.get(`/api/people?q=${CASE_REFERENCE}`)).body.total).toBe(0);

    // A case reference already in use: the server refuses it and its answer lands in the same summary.
    const release = ukDateInDays(30);
    await page.getByLabel('Full name', { exact: true }).fill('Erin Example');
    await page.getByLabel('CRN (probation case reference number)').fill('x765432');
    await fillDate(page, 'releaseDate', release);
    await page.getByLabel('Case reference', { exact: true }).fill('X123402');
    await page.getByRole('button', { name: 'Save person' }).click();
    await summary.getByRole('link', { name: 'A person with that case reference already exists' }).waitFor();
    await expect(links.count()).resolves.toBe(1);
    await expect(page.locator('#caseReference').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await probationApi.get('/api/people?q=Erin')).body.total).toBe(0);

    // Corrected: saved, and the person page shows it.
    await page.getByLabel('Case reference', { exact: true }).fill(CASE_REFERENCE);
    await page.getByRole('button', { name: 'Save person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erin Example' }).waitFor();
    await page.getByText('Person added').waitFor();
    await expect(page.getByTestId('release-countdown').textContent()).resolves.toBe('Due for release in 30 days');
    const list = page.locator('.govuk-summary-list');
    await expect(list.getByText('X765432').isVisible()).resolves.toBe(true);
    await expect(list.getByText(release.long).isVisible()).resolves.toBe(true);
    const saved = (await probationApi.get(`/api/people?q=${CASE_REFERENCE}`)).body;
    expect(saved.total).toBe(1);
    expect(saved.items[0]).toMatchObject({ name: 'Erin Example', crn: 'X765432', custodyStatus: 'sentenced', releaseDate: release.iso, ownViews: 'Wants to stay near his mum.' });
    await screenshot(page, 'person-added');

    // Change the release date.
    await page.getByRole('link', { name: /^Change/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change Erin Example' }).waitFor();
    await expect(page.locator('#releaseDate-day').inputValue()).resolves.toBe(release.day);
    const sooner = ukDateInDays(9);
    await fillDate(page, 'releaseDate', sooner);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erin Example' }).waitFor();
    await page.getByText('Changes saved').waitFor();
    await expect(page.getByTestId('release-countdown').textContent()).resolves.toBe('Due for release in 9 days');
    await expect(list.getByText(sooner.long).isVisible()).resolves.toBe(true);
    expect((await probationApi.get(`/api/people/${saved.items[0]._id}`)).body.releaseDate).toBe(sooner.iso);
    await screenshot(page, 'person-changed');
    // The browser logs the refused duplicate (409) itself; nothing else went wrong.
    expect(errors.filter((e) => !e.includes('409 (Conflict)'))).toEqual([]);
  });

  it('shows a case-team member of another agency the protected fields as text, and saves their views', async () => {
    const daniel = (await probationApi.get('/api/people?q=Daniel')).body.items[0];
    const { page, errors } = await pages.signIn(browser, server.url, 'housing');
    await page.goto(`${server.url}/people/${daniel._id}`);
    await page.getByRole('heading', { level: 1, name: 'Daniel Hughes' }).waitFor();
    await page.getByRole('link', { name: /^Change/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change Daniel Hughes' }).waitFor();
    await expect(page.locator('#releaseDate-day').count()).resolves.toBe(0);
    await expect(page.locator('#name').count()).resolves.toBe(0);
    await expect(page.getByText('Only the lead agency, a chair of the person').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('read-only-field').filter({ hasText: 'Daniel Hughes' }).count()).resolves.toBe(1);
    await page.getByLabel('Their own views', { exact: true }).fill('Would accept a hostel place for the first month.');
    await page.getByLabel('Accommodation type', { exact: true }).selectOption('hostel');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved').waitFor();
    const after = (await probationApi.get(`/api/people/${daniel._id}`)).body;
    expect(after).toMatchObject({ ownViews: 'Would accept a hostel place for the first month.', accommodationType: 'hostel', releaseDate: daniel.releaseDate });
    expect(errors).toEqual([]);
  });
});
