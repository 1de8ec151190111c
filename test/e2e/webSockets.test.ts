// At most three WebSockets per participant at any moment (issue 10 §6), counted by Chromium itself (CDP
// Network.webSocketCreated / webSocketClosed) from before the room loads: the meeting document, the Socket.IO control
// connection and the case on screen. The chair moves through the whole agenda and back; the other cases' real titles
// and red flags still show on the agenda (from REST snapshots, not from a socket per case). Opening a case's
// restricted section takes the case's socket for its own while it is shown, never a fourth. Probation types while
// offline and moves to another case: the case holding the unsent text keeps its socket until the server has the text,
// and only then does the next case connect.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseDocName, readCase } from '../../shared/live/layout.js';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { POLL } from './roomSupport.js';

interface Room {
  name: string;
  page: Page;
  errors: string[];
  sockets: SocketCount;
  cdp: CDPSession;
}

interface SocketCount {
  open: Map<string, string>;
  max: number;
  created: string[];
  /** What happened when, for the log: +url opened, -url closed, with the number open after it. */
  timeline: string[];
  /** The same, in order: each socket opened (+) and closed (-), by URL. */
  events: { sign: '+' | '-'; url: string }[];
}

/** Counts the page's WebSockets as the browser's network layer reports them. */
async function countWebSockets(cdp: CDPSession): Promise<SocketCount> {
  const count: SocketCount = { open: new Map(), max: 0, created: [], timeline: [], events: [] };
  const started = Date.now();
  const note = (sign: string, url: string | undefined) =>
    count.timeline.push(`${Date.now() - started} ms ${sign}${(url ?? '?').replace(/^wss?:\/\/[^/]+/, '').replace(/\?.*$/, '')} (${count.open.size} open)`);
  await cdp.send('Network.enable');
  cdp.on('Network.webSocketCreated', ({ requestId, url }) => {
    count.open.set(requestId, url);
    count.created.push(url);
    count.max = Math.max(count.max, count.open.size);
    count.events.push({ sign: '+', url });
    note('+', url);
  });
  cdp.on('Network.webSocketClosed', ({ requestId }) => {
    const url = count.open.get(requestId);
    count.open.delete(requestId);
    count.events.push({ sign: '-', url: url ?? '' });
    note('-', url);
  });
  return count;
}

const heading = (page: Page) => page.locator('#item-title').textContent();
const agendaButton = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) });

describeBrowser('WebSockets per participant (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let meetingId: string;

  let chair: Room;
  let probation: Room;

  async function openRoom(username: string): Promise<Room> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    const page = await context.newPage();
    // Generous: the shared test machine is slow; the socket count does not depend on speed.
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(60_000);
    const errors = watchPageErrors(page);
    const cdp = await context.newCDPSession(page);
    const sockets = await countWebSockets(cdp);
    await signInThroughForm(page, server.url, username, PASSWORD);
    await page.goto(`${server.url}/meetings/${meetingId}/room`);
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    return { name: username, page, errors, sockets, cdp };
  }

  function expectAtMostThree(room: Room, kind: string) {
    console.log(`${room.name}: ${room.sockets.created.length} WebSockets opened in all, at most ${room.sockets.max} at once, ${room.sockets.open.size} open now\n  ${room.sockets.timeline.join('\n  ')}`);
    expect(room.sockets.max).toBeLessThanOrEqual(3);
    expect(room.sockets.open.size).toBeLessThanOrEqual(3);
    // Positive control: the counter saw the documents in question being opened.
    expect(room.sockets.created.filter((url) => url.includes(`/yjs/${kind}.`)).length).toBeGreaterThanOrEqual(1);
  }

  /** The tab's first field can be typed into: its document is open and synced. */
  const usable = (page: Page) => page.locator('[role="tabpanel"] :is(input:not([type="hidden"]), select, textarea, [contenteditable="true"]):not(:disabled)').first().waitFor();

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    meetingId = server.demo.meeting._id;
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    // A red flag on Marcus Adeyemi's case (an overdue action), whose case is not on screen at first.
    const overdue = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const added = await chair.post(`/api/meetings/${meetingId}/actions`, {
      text: 'Chase the housing benefit claim',
      agencyId: server.demo.users.housing.agencyId,
      owner: 'Helen Marsh',
      personId: server.demo.meeting.agenda[3].personId,
      dueDate: overdue,
    });
    expect(added.status).toBe(201);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('never holds more than three while the chair moves through the agenda, and the agenda keeps every case’s title and red flags', async () => {
    chair = await openRoom('chair');
    probation = await openRoom('probation');
    const agenda = server.demo.meeting.agenda;

    // Real titles of every case and the red flag of a case whose document is not open, before anyone moves.
    for (const page of [chair.page, probation.page]) {
      for (const item of agenda) await agendaButton(page, item.title.split(':')[0]!).waitFor();
      await expect.poll(() => page.locator(`li[data-item="${agenda[3].id}"] [data-red-flags]`).count(), POLL).toBe(1);
    }

    const visit = async (title: string) => {
      await agendaButton(chair.page, title.split(':')[0]!).click();
      for (const page of [chair.page, probation.page]) {
        await expect.poll(() => heading(page), POLL).toBe(title);
        // Usable: the open tab's first field can be edited (case items), or the item's notes have loaded.
        await usable(page);
      }
    };
    for (const item of agenda) await visit(item.title);
    // Back to an item seen before: its document comes back from memory and reconnects.
    await visit(agenda[1].title);
    await visit(agenda[2].title);

    for (const { name, person } of [
      { name: 'chair', person: chair },
      { name: 'probation', person: probation },
    ]) {
      console.log(`${name}: ${person.sockets.created.length} WebSockets opened in all, at most ${person.sockets.max} at once, ${person.sockets.open.size} open now\n  ${person.sockets.timeline.join('\n  ')}`);
      expect(person.sockets.max).toBeGreaterThanOrEqual(2);
      expect(person.sockets.max).toBeLessThanOrEqual(3);
      expect(person.sockets.open.size).toBeLessThanOrEqual(3);
      // Positive control: the counter sees the case documents being opened as the chair moves.
      expect(person.sockets.created.filter((url) => url.includes('/yjs/case.')).length).toBeGreaterThanOrEqual(3);
      expect(person.errors).toEqual([]);
    }
    // The red flag of a case no longer on screen still shows.
    await expect.poll(() => chair.page.locator(`li[data-item="${agenda[3].id}"] [data-red-flags]`).count(), POLL).toBe(1);
  });

  it('opening the restricted section gives it the case’s socket while it is shown: never a fourth', async () => {
    const daniel = server.demo.meeting.agenda.find((item) => item.title.startsWith('Daniel'))!;
    await agendaButton(chair.page, 'Daniel Hughes').click();
    await expect.poll(() => heading(chair.page), POLL).toBe(daniel.title);
    await usable(chair.page);
    // The chair's agency (probation) holds Daniel Hughes's victim-safety section: the chair may open it.
    await chair.page.getByRole('tab', { name: 'Restricted: victim safety' }).click();
    await chair.page.getByLabel('Victim safety planning', { exact: true }).waitFor();
    await usable(chair.page);
    await expect.poll(() => chair.page.locator('[data-save-state]').getAttribute('data-save-state'), POLL).toBe('saved');
    // Back to a case tab: the case document takes its socket back and is editable again.
    await chair.page.getByRole('tab', { name: 'Risk assessment' }).click();
    await expect.poll(() => chair.page.getByLabel('Who is at risk', { exact: true }).isEditable(), POLL).toBe(true);
    await chair.page.getByRole('tab', { name: 'Restricted: victim safety' }).click();
    await chair.page.getByLabel('Victim safety planning', { exact: true }).waitFor();
    await chair.page.getByRole('tab', { name: 'Risk assessment' }).click();
    await expect.poll(() => chair.page.getByLabel('Who is at risk', { exact: true }).isEditable(), POLL).toBe(true);
    expectAtMostThree(chair, 'restricted');
    expect(chair.errors).toEqual([]);
  });

  it('a case holding text typed offline keeps its socket until the server has the text; only then does the next case connect', async () => {
    const [daniel, kayleigh] = [server.demo.meeting.agenda.find((item) => item.title.startsWith('Daniel'))!, server.demo.meeting.agenda.find((item) => item.title.startsWith('Kayleigh'))!];
    const typed = 'Typed offline, then moved on';
    await expect.poll(() => heading(probation.page), POLL).toBe(daniel.title);
    await probation.page.getByRole('tab', { name: 'Risk assessment' }).click();
    await expect.poll(() => probation.page.getByLabel('Nature of the risk', { exact: true }).isEditable(), POLL).toBe(true);

    const setOffline = (offline: boolean) =>
      probation.cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await setOffline(true);
    await expect.poll(() => probation.page.locator('[data-save-state]').getAttribute('data-save-state'), POLL).not.toBe('saved');
    const field = probation.page.getByLabel('Nature of the risk', { exact: true });
    await field.click();
    await field.press('End');
    await field.pressSequentially(` ${typed}`, { delay: 5 });
    // Probation moves to another case while the text is still only on this device.
    await agendaButton(probation.page, 'Kayleigh Brennan').click();
    await expect.poll(() => heading(probation.page), POLL).toBe(kayleigh.title);
    const switched = probation.sockets.events.length;
    await setOffline(false);

    // The next case becomes usable, and the text typed offline reached the server.
    await usable(probation.page);
    await expect.poll(async () => (await server.services.documents.read(caseDocName(meetingId, daniel.personId!), readCase)).risk.natureOfRisk ?? '', POLL).toContain(typed);
    await expect.poll(() => probation.page.locator('[data-save-state]').getAttribute('data-save-state'), POLL).toBe('saved');
    expectAtMostThree(probation, 'case');
    // Positive control: the handover was seen, Daniel Hughes's case opened again after the link came back.
    const danielSockets = probation.sockets.created.filter((url) => url.includes(`/yjs/${caseDocName(meetingId, daniel.personId!)}`));
    expect(danielSockets.length).toBeGreaterThanOrEqual(2);
    // Kayleigh Brennan's case connected only after Daniel Hughes's, carrying the text, had closed.
    const after = probation.sockets.events.slice(switched);
    const of = (personId: string) => (event: { url: string }) => event.url.includes(`/yjs/${caseDocName(meetingId, personId)}`);
    const kayleighOpened = after.findIndex((event) => event.sign === '+' && of(kayleigh.personId!)(event));
    const danielClosedLast = after.findLastIndex((event) => event.sign === '-' && of(daniel.personId!)(event));
    expect(kayleighOpened).toBeGreaterThan(-1);
    expect(danielClosedLast).toBeGreaterThan(-1);
    expect(kayleighOpened).toBeGreaterThan(danielClosedLast);
    expect(probation.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|WebSocket|Failed to fetch|net::/.test(e))).toEqual([]);
  });
});
