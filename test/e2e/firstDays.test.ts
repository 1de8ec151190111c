// The first days after release in real Chromium against a real server. A person released two days ago (set up
// through the API) with one day-of-release item unticked shows a red flag in the room; the item is linked to the
// case's action that delivers it and shows that action's owner; ticking it clears the flag. The lead agency
// confirms the release on the person page (a bad time answered by the GOV.UK error summary), and the itinerary's
// print view shows the entries in plain language and nothing else about the person.
import type { Browser, BrowserContext } from 'playwright-core';
import * as Y from 'yjs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CASE, caseDocName, DAY_OF_RELEASE, readCase } from '../../shared/live/layout.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { expectNoAxeViolations } from './axe.js';
import { BrowserPages, screenshot } from './pageSupport.js';
import { agendaButton, itemHeading, joinRoom, POLL, type Member } from './roomSupport.js';

describeBrowser('the first days after release (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = new BrowserPages();
  let meetingId: string;
  let personId: string;
  let actionId: string;
  let probation: Member;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    const [chairApi, probationApi] = await Promise.all([loginAs(server.url, 'chair', PASSWORD), loginAs(server.url, 'probation', PASSWORD)]);
    const agencies = (await probationApi.get('/api/agencies?limit=50')).body.items as { _id: string; shortName?: string }[];
    const agency = Object.fromEntries(agencies.map((a) => [a.shortName ?? a._id, a._id]));

    // Released two days ago (UK days), led by probation, housing on the case team.
    const person = await probationApi.post('/api/people', {
      name: 'Jordan Fielding',
      caseReference: 'FD-E2E-1',
      custodyStatus: 'on-licence',
      releaseDate: addDays(ukToday(), -2),
      leadAgencyId: agency.Probation,
      caseTeamAgencyIds: [agency.Probation, agency.Housing],
    });
    expect(person.status).toBe(201);
    personId = person.body._id;
    const meeting = await chairApi.post('/api/meetings', {
      panelId: server.demo.meeting.panelId,
      title: 'First days check-in',
      type: 'IOM',
      startsAt: new Date(Date.now() + 3_600_000).toISOString(),
      chairId: server.demo.users.chair._id,
      attendeeIds: [server.demo.users.probation._id, server.demo.users.housing._id],
      agenda: [{ title: 'Jordan Fielding', kind: 'case', personId }],
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body._id;
    expect((await chairApi.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    const action = await chairApi.post(`/api/meetings/${meetingId}/actions`, {
      text: 'Go with Jordan to open a basic bank account',
      agencyId: agency.Housing,
      owner: 'Helen Marsh',
      personId,
      dueDate: ukToday(),
    });
    expect(action.status).toBe(201);
    actionId = action.body.id ?? action.body._id;

    // Every day-of-release item is resolved except the bank account.
    await server.services.documents.change(caseDocName(meetingId, personId), (doc) => {
      const checklist = doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease);
      for (const { key } of DAY_OF_RELEASE) if (key !== 'bankAccount') checklist.get(key)!.set('state', 'confirmed');
    });
    const itinerary = await probationApi.put(`/api/people/${personId}/itinerary`, {
      entries: [
        { date: ukToday(), time: '14:00', place: 'Probation office, 1 High Street', agencyId: agency.Probation, what: 'See your probation officer' },
        { date: ukToday(), time: '09:30', place: 'Boots pharmacy, Market Square', what: 'Collect your prescription' },
      ],
    });
    expect(itinerary.status).toBe(200);

    browser = await launchBrowser();
    probation = await joinRoom(browser, server.url, meetingId, 'probation');
    contexts.push(probation.context);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await pages.closeAll();
    await browser?.close();
    await server?.stop();
  });

  const flag = (member: Member, code: string) => member.page.locator(`.roundtable-red-flags [data-flag="${code}"]`);

  it('two days after release, an unticked day-of-release item raises a red flag in the room', async () => {
    await agendaButton(probation, 'Jordan Fielding').click();
    await expect.poll(() => itemHeading(probation), POLL).toContain('Jordan Fielding');
    await expect.poll(() => flag(probation, 'day-of-release-unresolved').count(), POLL).toBe(1);
    await expect(flag(probation, 'day-of-release-unresolved').textContent()).resolves.toContain('Released 2 days ago; day-of-release items still unresolved: Bank account');
  });

  it('links the item to the action that delivers it and shows its owner; ticking it clears the flag', async () => {
    const { page } = probation;
    await page.getByRole('tab', { name: 'Day of release' }).click();
    const link = page.getByLabel('Action that delivers: Bank account');
    await link.selectOption({ label: 'Go with Jordan to open a basic bank account' });
    const owner = page.locator('[data-check="bankAccount"] [data-linked-action]');
    await expect.poll(() => owner.textContent(), POLL).toContain('Helen Marsh');
    await expect(owner.textContent()).resolves.toContain('Local Authority Housing');
    await screenshot(page, 'first-days-linked');

    await page.locator('#check-bankAccount-state').selectOption('confirmed');
    await expect.poll(() => flag(probation, 'day-of-release-unresolved').count(), POLL).toBe(0);
    // The flag clears on the page at once; the server holds the change once the update has crossed the socket.
    const stored = async () => (await server.services.documents.read(caseDocName(meetingId, personId), readCase)).dayOfRelease.bankAccount;
    await expect.poll(stored, POLL).toMatchObject({ state: 'confirmed', actionId });
    expect(probation.errors).toEqual([]);
  });

  it('the lead agency confirms the release on the person page; a bad time is answered by the error summary', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'probation');
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('heading', { name: 'Release day' }).waitFor();
    await page.getByLabel('Released, not met').check();
    await page.locator('#release-time').fill('quarter past nine');
    await page.getByRole('button', { name: 'Confirm release' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Enter the time of release (or when you learned it did not happen) as hours and minutes, like 09:30');
    await expect((await server.services.firstDays.confirmationsFor(server.demo.users.probation, personId)).items).toEqual([]);

    await page.locator('#release-time').fill('09:15');
    await page.getByRole('button', { name: 'Confirm release' }).click();
    await expect.poll(() => page.getByTestId('release-confirmation').textContent(), POLL).toContain('Released, not met at 09:15');
    await screenshot(page, 'first-days-person');
    expect(errors).toEqual([]);
  });

  it('the itinerary prints for the person: the entries in plain words, in time order, nothing else about them', async () => {
    const { page, errors } = await pages.signIn(browser, server.url, 'housing');
    await page.goto(`${server.url}/people/${personId}`);
    await page.getByRole('link', { name: 'Print the itinerary for the person' }).click();
    await page.getByRole('heading', { name: 'Jordan, your plan for your first day' }).waitFor();
    const entries = page.getByTestId('itinerary-print-entries').locator('li');
    await expect.poll(() => entries.count(), POLL).toBe(2);
    await expect(entries.nth(0).textContent()).resolves.toContain('At 9:30am: Collect your prescription');
    await expect(entries.nth(1).textContent()).resolves.toContain('At 2pm: See your probation officer');
    await expect(entries.nth(1).textContent()).resolves.toContain('Who you will see: Probation Service');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Where: Boots pharmacy, Market Square');
    // Nothing but the person's first name: no case reference, surname, risk or licence detail.
    expect(main).not.toContain('FD-E2E-1');
    expect(main).not.toContain('Fielding');
    expect(main).not.toMatch(/MAPPA|risk|licence/i);
    await screenshot(page, 'first-days-itinerary-print');
    await expectNoAxeViolations(page, 'itinerary print page');
    // On paper: only the itinerary, without the app's header, navigation, marking banner or buttons.
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['header', 'nav', 'footer', '.roundtable-marking', 'button:has-text("Print this page")'])
      await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    await expect(entries.nth(0).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });
});
