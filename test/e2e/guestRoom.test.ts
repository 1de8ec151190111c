// A guest in the live room (real Chromium): the server refuses guests the meeting document, so the room builds the
// agenda and the current item from REST and Socket.IO and opens only the invited case's document; when the chair
// moves on, the case is withdrawn and the item says so instead of breaking.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { closeAllClients, connected, controlClient, type ControlClient } from '../live/controlSupport.js';
import { newUser, NEW_USER_PASSWORD } from '../access/support.js';
import { loginAs } from '../support/http.js';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { itemHeading, POLL, type Member } from './roomSupport.js';
import { expectNoAxeViolations } from './axe.js';
import { PAGE_TIMEOUT } from './pageSupport.js';

describeBrowser('a guest in the live room (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let chairSocket: ControlClient;
  let meetingId: string;
  let guest: Member;
  const agenda = () => server.demo.meeting.agenda;

  async function moveTo(itemId: string): Promise<void> {
    expect(await chairSocket.emitWithAck('meeting:setCurrentItem', { meetingId, itemId })).not.toHaveProperty('error');
  }

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    meetingId = server.demo.meeting._id;
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    const invited = await newUser(server, 'hostel-manager', 'guest', server.demo.users.housing.agencyId);
    expect((await chair.post(`/api/meetings/${meetingId}/guests`, { userId: invited.id, itemIds: [agenda()[1].id] })).status).toBe(201);
    expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    chairSocket = controlClient(server.url, chair.cookie);
    await connected(chairSocket);
    expect(await chairSocket.emitWithAck('meeting:join', { meetingId })).not.toHaveProperty('error');
    await moveTo(agenda()[1].id);

    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors = watchPageErrors(page);
    const webSockets: string[] = [];
    page.on('websocket', (socket) => webSockets.push(socket.url()));
    await signInThroughForm(page, server.url, 'hostel-manager', NEW_USER_PASSWORD);
    await page.goto(`${server.url}/meetings/${meetingId}/room`);
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    guest = { name: 'hostel-manager', context, page, errors, webSockets };
  });

  afterAll(async () => {
    closeAllClients();
    await guest?.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the invited case while it is current, without ever opening the meeting document', async () => {
    await expect.poll(() => itemHeading(guest), POLL).toBe(agenda()[1].title);
    await guest.page.getByLabel('Who is at risk', { exact: true }).waitFor();
    await expect(guest.page.locator('.roundtable-agenda__item').count()).resolves.toBe(1);
    expect(guest.webSockets.some((url) => url.includes('/yjs/meeting.'))).toBe(false);
    expect(guest.webSockets.some((url) => url.includes(`/yjs/case.${meetingId}.${agenda()[1].personId}`))).toBe(true);
    await expectNoAxeViolations(guest.page, 'guest room, the invited case current');
  });

  it('says the case is not theirs once the chair moves on, and shows none of it', async () => {
    await moveTo(agenda()[2].id);
    const refusal = guest.page.locator('[data-not-in-case], [data-not-taking-part]');
    await refusal.waitFor();
    await expect.poll(() => refusal.textContent(), POLL).toMatch(/You do not take part in this case|not taking part in this item/);
    await expect.poll(() => guest.page.getByLabel('Who is at risk', { exact: true }).count(), POLL).toBe(0);
    expect(guest.webSockets.some((url) => url.includes('/yjs/meeting.'))).toBe(false);
    expect(guest.webSockets.some((url) => url.includes(`/yjs/case.${meetingId}.${agenda()[2].personId}`))).toBe(false);
    expect(guest.errors.filter((error) => !/WebSocket|status of 40[13]/.test(error))).toEqual([]);
    await expectNoAxeViolations(guest.page, 'guest room, another case current');
  });
});
