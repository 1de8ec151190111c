// Adding and changing a person in a real browser: bad input (no name, 31 February, a CRN in the wrong
// format) gets a GOV.UK error summary linking to each field and nothing is saved; a duplicate case
// reference refused by the server lands in the same summary; the corrected record saves; a changed
// release date shows on the person page. A case-team member of another agency sees the protected
// fields as text and can still record the person's views. On the change screen, bad input gets the same
// error summary and nothing is saved; the lead agency corrects a protected field and sets the case team and
// the panels the person is on, which the person page shows and which decide who sees the record.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, fillDate, screenshot } from './pageSupport.js';
import { POLL } from './roomSupport.js';

/** A calendar date some days ahead as the UK sees it, split for the GOV.UK date input and as "5 March 2027". */
function ukDateInDays(days: number): { day: string; month: string; year: string; iso: string; long: string } {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
  const [year, month, day] = iso.split('-');
  const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return { day: String(Number(day)), month: String(Number(month)), year, iso, long };
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

    // Change the release date: not silently through the edit form, but as a recorded change with its type, reason and source.
    await page.getByRole('link', { name: /^Change/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change Erin Example' }).waitFor();
    await expect(page.locator('#releaseDate-day').count()).resolves.toBe(0);
    await page.getByTestId('release-change-pointer').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Erin Example' }).waitFor();
    await page.getByTestId('record-release-change').click();
    await expect(page.locator('#newReleaseDate-day').inputValue()).resolves.toBe(release.day);
    const sooner = ukDateInDays(9);
    await fillDate(page, 'newReleaseDate', sooner);
    await page.getByLabel('Release date confirmed', { exact: true }).check();
    await page.getByLabel('Reason', { exact: true }).fill('Confirmed by the prison.');
    await page.getByLabel('Source', { exact: true }).fill('Prison OMU');
    await page.getByRole('button', { name: 'Record the change' }).click();
    await page.getByTestId('release-change-recorded').waitFor();
    await page.getByTestId('release-countdown').filter({ hasText: 'Due for release in 9 days' }).waitFor();
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

  it('on the change screen refuses bad input and saves nothing; the lead agency then changes a protected field, the case team and the panels', async () => {
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const agencies = (await admin.get('/api/agencies?limit=50')).body.items as { _id: string; name: string }[];
    const mentalHealth = agencies.find((a) => a.name === 'Mental Health (NHS)')!._id;
    const substance = agencies.find((a) => a.name === 'Drug & Alcohol Service')!._id;
    const panel = await admin.post('/api/panels', { name: 'Southside MAPPA Panel', type: 'MAPPA' });
    expect(panel.status).toBe(201);
    expect((await admin.post('/api/users', { username: 'mh-nurse', displayName: 'Mo Nurse', agencyId: mentalHealth, role: 'member', password: PASSWORD })).status).toBe(201);
    // A drug and alcohol worker invited to no meeting: sees the person only while the agency is on the case team.
    expect((await admin.post('/api/users', { username: 'da-worker', displayName: 'Dee Worker', agencyId: substance, role: 'member', password: PASSWORD })).status).toBe(201);
    const [nurse, worker] = await Promise.all([loginAs(server.url, 'mh-nurse', PASSWORD), loginAs(server.url, 'da-worker', PASSWORD)]);
    const daniel = (await probationApi.get('/api/people?q=Daniel')).body.items[0];
    // Before: mental health is not on the case team, so its member may not see the record; the drug and alcohol service is.
    expect((await nurse.get(`/api/people/${daniel._id}`)).status).toBe(403);
    expect((await worker.get(`/api/people/${daniel._id}`)).status).toBe(200);

    const { page, errors } = await pages.signIn(browser, server.url, 'probation');
    await page.goto(`${server.url}/people/${daniel._id}`);
    await page.getByRole('heading', { level: 1, name: 'Daniel Hughes' }).waitFor();
    await page.getByRole('link', { name: /^Change/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Change Daniel Hughes' }).waitFor();

    // Bad input: the name cleared, a prison number in the wrong format, 30 February as the date of birth.
    await page.getByLabel('Full name', { exact: true }).fill('');
    await page.getByLabel('Prison number', { exact: true }).fill('1234');
    await fillDate(page, 'dateOfBirth', { day: '30', month: '2', year: '1991' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('There is a problem').waitFor();
    await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
      "Enter the person's full name",
      'Date of birth must be a real date',
      'Prison number must be a letter, 4 digits and 2 letters, like A1234BC',
    ]);
    await expect.poll(() => page.title()).toBe('Error: Change Daniel Hughes – Roundtable');
    await expect(page.locator('#prisonNumber').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('#prisonNumber').inputValue()).resolves.toBe('1234');
    const unchanged = (await probationApi.get(`/api/people/${daniel._id}`)).body;
    expect(unchanged).toMatchObject({ name: 'Daniel Hughes', prisonNumber: daniel.prisonNumber, dateOfBirth: daniel.dateOfBirth });

    // Corrected: a new prison number (a protected field the lead agency may change), the case team and the panels.
    await page.getByLabel('Full name', { exact: true }).fill('Daniel Hughes');
    await fillDate(page, 'dateOfBirth', { day: '14', month: '3', year: '1991' });
    await page.getByLabel('Prison number', { exact: true }).fill('b2345cd');
    const caseTeam = page.getByRole('group', { name: 'Case team' });
    await expect(caseTeam.getByLabel('Drug & Alcohol Service').isChecked()).resolves.toBe(true);
    await caseTeam.getByLabel('Mental Health (NHS)').check();
    await caseTeam.getByLabel('Drug & Alcohol Service').uncheck();
    const panels = page.getByRole('group', { name: 'Panels' });
    await expect(panels.getByLabel('Northgate IOM Panel').isChecked()).resolves.toBe(true);
    await panels.getByLabel('Southside MAPPA Panel').check();
    await screenshot(page, 'person-change-team');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved').waitFor();

    const row = (key: string) => page.locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${key}$`) }) }).locator('dd');
    await expect(row('Prison number').textContent()).resolves.toBe('B2345CD');
    await expect.poll(() => row('Case team').innerText()).toBe(['Probation Service', 'Police IOM Team', 'Local Authority Housing', 'Mental Health (NHS)'].join('\n'));
    await expect.poll(() => row('Panels').innerText()).toBe('Northgate IOM Panel\nSouthside MAPPA Panel');
    const after = (await probationApi.get(`/api/people/${daniel._id}`)).body;
    expect(after.prisonNumber).toBe('B2345CD');
    expect([...after.caseTeamAgencyIds].sort()).toEqual([...daniel.caseTeamAgencyIds.filter((id: string) => id !== substance), mentalHealth].sort());
    expect(after.panelIds).toEqual([server.demo.meeting.panelId, panel.body._id]);
    const audit = await server.services.audit.search({ action: 'person.update', targetId: daniel._id }, { limit: 5 });
    expect(audit.items[0].details).toEqual({ fields: ['prisonNumber', 'caseTeamAgencyIds', 'panelIds'] });
    // The case team decides who sees the record: mental health now may, the drug and alcohol service no longer.
    expect((await nurse.get(`/api/people/${daniel._id}`)).status).toBe(200);
    expect((await worker.get(`/api/people/${daniel._id}`)).status).toBe(403);

    // Housing, on the case team but not the lead, sees the case team and panels as text only.
    const housing = await pages.signIn(browser, server.url, 'housing');
    await housing.page.goto(`${server.url}/people/${daniel._id}/change`);
    await housing.page.getByRole('heading', { level: 1, name: 'Change Daniel Hughes' }).waitFor();
    // The panels' names arrive after the heading: wait for them before saying what is absent.
    await expect.poll(() => housing.page.getByTestId('read-only-field').filter({ hasText: 'Southside MAPPA Panel' }).count(), POLL).toBe(1);
    await expect(housing.page.locator('#caseTeamAgencyIds').count()).resolves.toBe(0);
    await expect(housing.page.locator('#panelIds').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    expect(housing.errors).toEqual([]);
  });
});
