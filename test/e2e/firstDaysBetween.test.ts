// The first days after release between meetings, in real Chromium: a person released two days ago, whose last meeting
// closed with the bank account and GP registration still open, shows the lead agency those items and the red flag on
// the person page; confirming one and marking the other not needed clears the flag (kept after a reload), and the
// next meeting's case starts from them. Someone who reads the person but is not on the case sees no section, and the
// API gives them no byte of the items. The day-1 itinerary is built through its form: bad input answered by the error
// summary with nothing saved, entries listed in time order and removed.
import type { Browser } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CASE, caseDocName, DAY_OF_RELEASE, readCase } from '../../shared/live/layout.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { BrowserPages, screenshot } from './pageSupport.js';
import { POLL } from './roomSupport.js';

describeBrowser('the first days after release between meetings (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let chair: ApiClient;
  let personId: string;
  const pages = new BrowserPages();

  const meetingAbout = async (title: string) => {
    const { users } = server.demo;
    const meeting = await chair.post('/api/meetings', {
      panelId: server.demo.meeting.panelId,
      title,
      type: 'IOM',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
      chairId: users.chair._id,
      attendeeIds: [users.probation._id, users.housing._id, users.police._id],
      agenda: [{ title: 'Riley Between', kind: 'case', personId }],
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    expect((await chair.post(`/api/meetings/${meeting.body._id}/start`)).status).toBe(200);
    return meeting.body._id as string;
  };

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    const probation = await loginAs(server.url, 'probation', PASSWORD);
    chair = await loginAs(server.url, 'chair', PASSWORD);
    const agencies = (await probation.get('/api/agencies?limit=50')).body.items as { _id: string; shortName?: string }[];
    const agency = Object.fromEntries(agencies.map((a) => [a.shortName ?? a._id, a._id]));
    const person = await probation.post('/api/people', {
      name: 'Riley Between',
      caseReference: 'FD-BETWEEN-1',
      custodyStatus: 'on-licence',
      releaseDate: addDays(ukToday(), -2),
      leadAgencyId: agency.Probation,
      caseTeamAgencyIds: [agency.Probation, agency.Housing],
      panelIds: [server.demo.meeting.panelId],
    });
    expect(person.status).toBe(201);
    personId = person.body._id;
    // The pre-release meeting closed with every item resolved but the bank account and GP registration.
    const meetingId = await meetingAbout('Pre-release check');
    await server.services.documents.change(caseDocName(meetingId, personId), (doc) => {
      const checklist = doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease);
      for (const { key } of DAY_OF_RELEASE) if (key !== 'bankAccount' && key !== 'gpRegistration') checklist.get(key)!.set('state', 'confirmed');
    });
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  it('shows the lead agency the open items and the red flag; confirming them clears it, after a reload too', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'probation');
    await page.goto(`${server.url}/people/${personId}`);
    const section = page.getByTestId('first-days');
    await section.getByRole('heading', { name: 'First days after release' }).waitFor();
    await expect(section.textContent()).resolves.toContain('Day 2 after release: the items that decide the first days out, as Pre-release check left them');
    const flag = section.getByTestId('first-days-flag');
    await expect(flag.textContent()).resolves.toContain('Released 2 days ago; day-of-release items still unresolved: Bank account, GP registration');
    const item = (key: string) => section.locator(`[data-testid="first-days-item"][data-key="${key}"]`);
    await expect(item('bankAccount').getAttribute('data-state')).resolves.toBe('unresolved');
    await expect(item('benefitsClaim').getAttribute('data-state')).resolves.toBe('confirmed');
    await screenshot(page, 'first-days-between');

    await section.getByRole('button', { name: 'Confirmed Bank account' }).click();
    await expect.poll(() => item('bankAccount').getAttribute('data-state'), POLL).toBe('confirmed');
    await expect(item('bankAccount').textContent()).resolves.toContain('by Priya Shah (COM)');
    await expect(flag.textContent()).resolves.toContain('still unresolved: GP registration');
    await section.getByRole('button', { name: 'Not needed GP registration' }).click();
    await expect.poll(() => flag.count(), POLL).toBe(0);

    await page.reload();
    await section.getByRole('heading', { name: 'First days after release' }).waitFor();
    await expect(item('gpRegistration').getAttribute('data-state')).resolves.toBe('not-needed');
    await expect(flag.count()).resolves.toBe(0);
    const audit = await server.services.audit.search({ action: 'person.first-days-check', targetId: personId }, { limit: 5 });
    expect(audit.items.map((e) => e.details?.key).sort()).toEqual(['bankAccount', 'gpRegistration']);
    expect(errors).toEqual([]);
  });

  it('starts the next meeting’s case from what was confirmed between meetings', async () => {
    const next = await meetingAbout('First days review');
    const checklist = await server.services.documents.read(caseDocName(next, personId), (doc) => readCase(doc).dayOfRelease);
    expect(checklist.bankAccount?.state).toBe('confirmed');
    expect(checklist.gpRegistration?.state).toBe('not-needed');
    expect(checklist.benefitsClaim?.state).toBe('confirmed');
  });

  it('builds the day-1 itinerary through its form: bad input refused and nothing saved, entries in time order, one removed', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'housing');
    await page.goto(`${server.url}/people/${personId}`);
    const form = page.getByRole('form', { name: 'Add to the itinerary' });
    await form.waitFor();
    const saved = async () => (await server.services.firstDays.itineraryFor(server.demo.users.housing, personId)).entries;

    // Nothing filled but the date (the release date to start with), then a time that is not a time.
    await form.getByRole('button', { name: 'Add to itinerary' }).click();
    const summary = form.locator('.govuk-error-summary');
    await expect
      .poll(() => summary.getByRole('link').allTextContents(), POLL)
      .toEqual(['Enter the time of each entry as hours and minutes, like 09:30', 'Enter where', 'Enter what it is for']);
    await form.getByLabel('Time').fill('half nine');
    await form.getByLabel('Where').fill('Boots pharmacy, Market Square');
    await form.getByLabel('What it is for').fill('Collect your prescription');
    await form.getByRole('button', { name: 'Add to itinerary' }).click();
    await expect.poll(() => summary.getByRole('link').allTextContents(), POLL).toEqual(['Enter the time of each entry as hours and minutes, like 09:30']);
    await expect(form.getByLabel('Time').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await saved()).toEqual([]);

    await form.getByLabel('Time').fill('14:00');
    await form.getByRole('button', { name: 'Add to itinerary' }).click();
    const rows = page.getByTestId('itinerary-table').locator('tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    await expect(summary.count()).resolves.toBe(0);
    // A second, earlier entry with the agency the person will see: listed first.
    await form.getByLabel('Time').fill('09:30');
    await form.getByLabel('Where').fill('Probation office, 1 High Street');
    await form.getByLabel('Agency (optional)').selectOption({ label: 'Probation Service' });
    await form.getByLabel('What it is for').fill('See your probation officer');
    await form.getByRole('button', { name: 'Add to itinerary' }).click();
    await expect.poll(() => rows.count(), POLL).toBe(2);
    await expect(rows.nth(0).locator('td').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^09:30, /),
      'Probation office, 1 High Street',
      'Probation Service',
      'See your probation officer',
      expect.stringMatching(/^Remove/),
    ]);
    expect((await saved()).map((e) => [e.time, e.place])).toEqual([
      ['09:30', 'Probation office, 1 High Street'],
      ['14:00', 'Boots pharmacy, Market Square'],
    ]);
    await screenshot(page, 'itinerary-entries');

    await rows.nth(1).getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect((await saved()).map((e) => e.what)).toEqual(['See your probation officer']);
    expect(errors).toEqual([]);
  });

  it('shows no section to someone who reads the person but is not on the case, and the API gives them none of it', async () => {
    const police = await loginAs(server.url, 'police', PASSWORD);
    expect((await police.get(`/api/people/${personId}`)).body.canSeeFirstDays).toBe(false);
    const refused = await police.get(`/api/people/${personId}/first-days`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toMatch(/Bank account|GP registration|Riley/);
    expect((await police.put(`/api/people/${personId}/first-days/bankAccount`, { state: 'unresolved' })).status).toBe(403);
    // The positive control: housing, on the case team, reads it.
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    expect((await housing.get(`/api/people/${personId}/first-days`)).body.items).toHaveLength(8);

    const { page, errors } = await pages.signIn(browser, server.url, 'police');
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'Riley Between' }).waitFor();
    await page.getByTestId('chronology').getByRole('heading', { name: 'Chronology' }).waitFor();
    await expect(page.getByTestId('first-days').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
