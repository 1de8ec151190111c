// The live meeting room in real Chromium against a real server: the chair, a probation officer and a
// housing officer each in their own browser context. Typing in a case field reaches the others, two
// people typing in one field keep both their words, the save indicator waits for the server, and
// everyone follows the chair's current item.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseDocName, readCase } from '../../shared/live/layout.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { screenshot as pageScreenshot } from './pageSupport.js';
import { agendaButton, itemHeading, joinRoom, POLL, saveState, type Member } from './roomSupport.js';

const SESSION_SECRET = 'room-test-session-secret-0123456789';

describeBrowser('the live meeting room (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let meetingId: string;
  let chair: Member;
  let probation: Member;
  let housing: Member;

  async function join(username: string): Promise<Member> {
    const member = await joinRoom(browser, server.url, meetingId, username);
    contexts.push(member.context);
    return member;
  }

  const screenshot = (member: Member, name: string) => pageScreenshot(member.page, `room-${name}`);

  const currentAgendaItem = (member: Member) => member.page.locator('.roundtable-agenda__item[aria-current]').textContent();
  const whoAtRisk = (member: Member) => member.page.getByLabel('Who is at risk', { exact: true });

  async function serverCaseText(personId: string): Promise<string> {
    const view = await server.services.documents.read(caseDocName(meetingId, personId), readCase);
    return view.risk.whoAtRisk ?? '';
  }

  beforeAll(async () => {
    ensureClientBuilt();
    // A fixed session secret: the browsers stay signed in when the server restarts.
    server = await startTestServer({ sessionSecret: SESSION_SECRET });
    meetingId = server.demo.meeting._id;
    browser = await launchBrowser();
    chair = await join('chair');
    probation = await join('probation');
    housing = await join('housing');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows everyone in the room and the agenda, all changes saved', async () => {
    for (const member of [chair, probation, housing]) {
      await expect.poll(() => saveState(member), POLL).toBe('saved');
      await expect.poll(() => member.page.locator('.roundtable-presence__person').count(), POLL).toBe(3);
      await expect(member.page.locator('.roundtable-agenda__item').count()).resolves.toBe(6);
    }
    await expect(housing.page.locator('.roundtable-presence').textContent()).resolves.toContain('Priya Shah (COM)');
    // Only the chair gets the controls; the others get the "following the chair" toggle.
    await expect(chair.page.getByRole('button', { name: 'Start meeting' }).isVisible()).resolves.toBe(true);
    await expect(probation.page.getByRole('button', { name: 'Start meeting' }).count()).resolves.toBe(0);
    await expect(probation.page.getByLabel('Following the chair').isChecked()).resolves.toBe(true);
  });

  it('the chair starts the meeting and moves the current item; the others follow', async () => {
    await chair.page.getByRole('button', { name: 'Start meeting' }).click();
    for (const member of [chair, probation, housing]) await expect.poll(() => member.page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('running');

    const started = Date.now();
    await agendaButton(chair, 'Daniel Hughes').click();
    for (const member of [chair, probation, housing]) {
      await expect.poll(() => itemHeading(member), POLL).toBe('Daniel Hughes: release in 5 days');
      await expect.poll(() => currentAgendaItem(member), POLL).toContain('Daniel Hughes');
    }
    console.log(`chair's current item reached both followers in ${Date.now() - started} ms`);
    // A case five days from release with nothing arranged carries red flags, in the agenda and on the case.
    await expect.poll(() => housing.page.locator('.roundtable-red-flags [data-flag="no-first-night-accommodation"]').count(), POLL).toBe(1);
    await expect.poll(() => housing.page.locator('[data-item] [data-red-flags]').count(), POLL).toBeGreaterThan(0);
    await screenshot(chair, 'chair');
  });

  it('typing in a case field reaches the other agency; both people typing in one field keep their words', async () => {
    const daniel = server.demo.meeting.agenda[1].personId!;
    const field = whoAtRisk(probation);
    await field.click();
    await field.pressSequentially('Ex-partner and her two children', { delay: 10 });
    const typed = Date.now();
    await expect.poll(() => whoAtRisk(housing).inputValue(), POLL).toBe('Ex-partner and her two children');
    console.log(`typed text visible to the other agency ${Date.now() - typed} ms after the last keystroke (poll interval ${POLL.interval} ms)`);

    // While probation is in the field, housing sees who is typing there.
    await expect.poll(() => housing.page.locator('.roundtable-field__editor').allTextContents(), POLL).toContain('Priya Shah (COM) is typing');

    // Both type at once: housing at the end, probation at the start.
    const housingField = whoAtRisk(housing);
    await housingField.click();
    await housingField.press('End');
    await probation.page.keyboard.press('Home');
    await Promise.all([housingField.pressSequentially('; staff at the hostel', { delay: 15 }), field.pressSequentially('Known adults: ', { delay: 15 })]);
    const merged = 'Known adults: Ex-partner and her two children; staff at the hostel';
    await expect.poll(() => whoAtRisk(housing).inputValue(), POLL).toBe(merged);
    await expect.poll(() => whoAtRisk(probation).inputValue(), POLL).toBe(merged);

    // "All changes saved" means the server holds the text.
    await expect.poll(() => saveState(probation), POLL).toBe('saved');
    await expect.poll(() => saveState(housing), POLL).toBe('saved');
    expect(await serverCaseText(daniel)).toBe(merged);
    await screenshot(housing, 'housing');
  });

  it('a new page load shows the text from the server', async () => {
    await housing.page.reload();
    await expect.poll(() => itemHeading(housing), POLL).toBe('Daniel Hughes: release in 5 days');
    await expect.poll(() => whoAtRisk(housing).inputValue(), POLL).toBe('Known adults: Ex-partner and her two children; staff at the hostel');
  });

  it('a member who stops following the chair stays on their own item until they follow again', async () => {
    await agendaButton(housing, 'Marcus Adeyemi').click();
    await expect.poll(() => itemHeading(housing), POLL).toBe('Marcus Adeyemi: release in 19 days');
    await expect(housing.page.getByLabel('Following the chair').isChecked()).resolves.toBe(false);

    await agendaButton(chair, 'Kayleigh Brennan').click();
    await expect.poll(() => itemHeading(probation), POLL).toBe('Kayleigh Brennan: release in 12 days');
    await expect.poll(() => currentAgendaItem(housing), POLL).toContain('Kayleigh Brennan');
    expect(await itemHeading(housing)).toBe('Marcus Adeyemi: release in 19 days');

    await housing.page.getByLabel('Following the chair').check();
    await expect.poll(() => itemHeading(housing), POLL).toBe('Kayleigh Brennan: release in 12 days');
  });

  it('the chair reorders the agenda with the keyboard alternative; everyone sees the new order', async () => {
    const titles = (member: Member) => member.page.locator('.roundtable-agenda__select').allTextContents();
    const before = await titles(probation);
    await chair.page.getByRole('button', { name: 'Move “Review of previous actions” down' }).click();
    await expect.poll(async () => (await titles(probation))[1], POLL).toContain('Review of previous actions');
    expect((await titles(probation))[0]).toContain(before[1].replace(/^\d+\. /, '').split(':')[0]);

    // Drag and drop: "Any other business" onto the first place.
    const items = chair.page.locator('.roundtable-agenda__item');
    await items.last().dragTo(items.first());
    await expect.poll(async () => (await titles(probation))[0], POLL).toContain('Any other business');
  });

  it('an action added by housing and the notes typed by probation reach the others', async () => {
    await housing.page.getByRole('tab', { name: 'Actions' }).click();
    await housing.page.getByLabel('What needs to be done').fill('Confirm a hostel bed for the first night');
    await housing.page.getByLabel('Named owner').fill('Helen Marsh');
    await housing.page.getByLabel('Pathway').selectOption('accommodation');
    await housing.page.getByLabel('Relative to release').check();
    await housing.page.getByLabel('Days', { exact: true }).fill('2');
    await housing.page.getByRole('button', { name: 'Add action' }).click();

    await probation.page.getByRole('tab', { name: 'Actions' }).click();
    const row = probation.page.locator('tr[data-action]', { hasText: 'Confirm a hostel bed for the first night' });
    await expect.poll(() => row.count(), POLL).toBe(1);
    await expect(row.textContent()).resolves.toContain('2 days before release');
    await row.getByRole('combobox').selectOption('in-progress');
    await expect.poll(() => housing.page.locator('tr[data-action] select').first().inputValue(), POLL).toBe('in-progress');

    await probation.page.getByRole('tab', { name: 'Notes' }).click();
    await housing.page.getByRole('tab', { name: 'Notes' }).click();
    const notes = probation.page.getByRole('textbox', { name: /Notes/ });
    await notes.click();
    await notes.pressSequentially('Sister has offered a room from week 3.', { delay: 10 });
    await expect.poll(() => housing.page.getByRole('textbox', { name: /Notes/ }).textContent(), POLL).toContain('Sister has offered a room from week 3.');
    await expect.poll(() => saveState(probation), POLL).toBe('saved');
    await screenshot(housing, 'notes');
  });

  it('an observer sees the room read-only', async () => {
    const observer = await join('observer');
    await expect.poll(() => saveState(observer), POLL).toBe('read-only');
    await expect.poll(() => itemHeading(observer), POLL).toBe('Kayleigh Brennan: release in 12 days');
    // Read-only: the field is a summary list row with its text, not a box to type in.
    await expect.poll(() => observer.page.locator('.roundtable-readonly-field dt', { hasText: 'Who is at risk' }).count(), POLL).toBe(1);
    await expect(observer.page.getByRole('textbox', { name: 'Who is at risk', exact: true }).count()).resolves.toBe(0);
    await expect(observer.page.getByRole('button', { name: 'Record a decision' }).count()).resolves.toBe(0);
    expect(observer.errors).toEqual([]);
  });

  it('logs no errors in any page', () => {
    for (const member of [chair, probation, housing]) expect(member.errors, member.name).toEqual([]);
  });

  it('keeps typing while the server is down, says so, and saves it once the server is back', async () => {
    const kayleigh = server.demo.meeting.agenda[2].personId!;
    await probation.page.getByRole('tab', { name: 'Risk assessment' }).click();
    const field = probation.page.getByLabel('Nature of the risk', { exact: true });
    await expect.poll(() => field.isEnabled(), POLL).toBe(true);

    const { port, dataDir } = server;
    await server.stop();
    await expect.poll(() => saveState(probation), POLL).toBe('offline');
    await expect(probation.page.locator('[data-save-state]').textContent()).resolves.toBe('Offline: your changes are kept on this device');
    await field.click();
    await field.pressSequentially('Domestic abuse towards a new partner', { delay: 10 });
    await expect(saveState(probation)).resolves.toBe('offline');

    const restarted = Date.now();
    server = await startTestServer({ port, dataDir, sessionSecret: SESSION_SECRET });
    await expect.poll(() => saveState(probation), POLL).toBe('saved');
    console.log(`offline edit saved ${Date.now() - restarted} ms after the server came back`);
    const view = await server.services.documents.read(caseDocName(meetingId, kayleigh), readCase);
    expect(view.risk.natureOfRisk).toBe('Domestic abuse towards a new partner');
    await housing.page.getByRole('tab', { name: 'Risk assessment' }).click();
    await expect.poll(() => housing.page.getByLabel('Nature of the risk', { exact: true }).inputValue(), POLL).toBe('Domestic abuse towards a new partner');
    // Refused reconnection attempts during the outage are the only errors.
    expect(probation.errors.filter((error) => !error.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  });

});
