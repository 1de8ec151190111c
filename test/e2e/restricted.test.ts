// The restricted section of a case (victim safety planning, restricted intelligence) in real Chromium
// against a real server. In the demo the chair is from probation, so by default probation may see it
// and housing may not: probation gets the tab and types into it; housing gets no tab, its page never
// connects to the restricted document, and a connection made with housing's cookie is refused.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { caseDocName, RESTRICTED, restrictedDocName } from '../../shared/live/layout.js';
import { connectDoc } from '../live/support.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { agendaButton, itemHeading, joinRoom, POLL, saveState, type Member } from './roomSupport.js';

const CASE_TITLE = 'Daniel Hughes: release in 5 days';
const TAB = 'Restricted: victim safety';
const WARNING = 'Only agencies the chair allows can see this section';
const TYPED = 'Exclusion zone around the victim’s address; police marker placed on it';

describeBrowser('the restricted section of a case (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let meetingId: string;
  let personId: string;
  let probation: Member;
  let housing: Member;

  const restrictedDoc = () => restrictedDocName(meetingId, personId);
  const opened = (member: Member, kind: 'case' | 'restricted') => member.webSockets.filter((url) => url.includes(`/yjs/${kind}.`));

  async function openCase(member: Member) {
    await agendaButton(member, 'Daniel Hughes').click();
    await expect.poll(() => itemHeading(member), POLL).toBe(CASE_TITLE);
    // The case document has arrived: the room has rendered every tab it is going to.
    await expect.poll(() => member.page.getByLabel('Who is at risk', { exact: true }).isEnabled(), POLL).toBe(true);
  }

  async function cookieOf(member: Member): Promise<string> {
    const cookies = await member.context.cookies(server.url);
    return cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  }

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    meetingId = server.demo.meeting._id;
    personId = server.demo.meeting.agenda.find((item) => item.title === CASE_TITLE)!.personId!;
    browser = await launchBrowser();
    probation = await joinRoom(browser, server.url, meetingId, 'probation');
    housing = await joinRoom(browser, server.url, meetingId, 'housing');
  });

  afterAll(async () => {
    for (const member of [probation, housing]) await member?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('probation, the chair’s agency, sees the restricted tab, marked as such, and types into victim safety', async () => {
    await openCase(probation);
    const tab = probation.page.getByRole('tab', { name: TAB });
    await expect.poll(() => tab.count(), POLL).toBe(1);
    await tab.click();
    const panel = probation.page.getByRole('tabpanel');
    await expect.poll(() => panel.locator('.govuk-warning-text').textContent(), POLL).toContain(WARNING);
    expect(await panel.getAttribute('class')).toContain('roundtable-tab--restricted');

    const field = probation.page.getByLabel('Victim safety planning', { exact: true });
    await expect.poll(() => field.isEnabled(), POLL).toBe(true);
    await expect(probation.page.getByLabel('Restricted intelligence', { exact: true }).isEnabled()).resolves.toBe(true);
    await field.click();
    await field.pressSequentially(TYPED, { delay: 10 });
    const typed = Date.now();
    await expect.poll(() => saveState(probation), POLL).toBe('saved');
    console.log(`restricted text saved on the server ${Date.now() - typed} ms after the last keystroke (poll interval ${POLL.interval} ms)`);

    const held = await server.services.documents.read(restrictedDoc(), (doc) => (doc.getMap(RESTRICTED.sections).get('victimSafety') as Y.Text).toString());
    expect(held).toBe(TYPED);
    expect(opened(probation, 'restricted').some((url) => url.includes(`/yjs/${restrictedDoc()}`))).toBe(true);
  });

  it('housing gets no restricted tab and its page never connects to the restricted document', async () => {
    await openCase(housing);
    await expect(housing.page.getByRole('tab', { name: 'Risk assessment' }).count()).resolves.toBe(1);
    await expect(housing.page.getByRole('tab', { name: TAB }).count()).resolves.toBe(0);
    await expect(housing.page.getByText(WARNING).count()).resolves.toBe(0);
    await expect(housing.page.locator('body').textContent()).resolves.not.toContain(TYPED);
    // The same page did connect to the case document, so the WebSocket listener works.
    expect(opened(housing, 'case').length).toBeGreaterThan(0);
    expect(opened(housing, 'restricted')).toEqual([]);
  });

  it('a connection to the restricted document with housing’s cookie is refused with 4403', async () => {
    const cookie = await cookieOf(housing);
    // The cookie is a valid session: the case document opens with it.
    const caseDoc = connectDoc(server.url, cookie, caseDocName(meetingId, personId));
    const restricted = connectDoc(server.url, cookie, restrictedDoc());
    try {
      await caseDoc.synced;
      const refusal = await restricted.refused;
      expect(refusal.code).toBe(4403);
      expect(restricted.doc.getMap(RESTRICTED.sections).size).toBe(0);
    } finally {
      caseDoc.destroy();
      restricted.destroy();
    }
  });

  it('logs no errors in either page', () => {
    for (const member of [probation, housing]) expect(member.errors, member.name).toEqual([]);
  });
});
