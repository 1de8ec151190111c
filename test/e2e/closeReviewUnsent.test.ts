// "Lets the chair wait for them" (issue 10 §1), in real Chromium against a real server: probation stays connected,
// but the Yjs updates its page sends for Daniel Hughes's case are held back on the way to the server (Playwright's
// routeWebSocket forwards every other message, so the link stays alive and the page's own check, the server's state
// vector, keeps finding the text missing). Probation's page tells the room it holds unsent changes (meeting:unsent over
// Socket.IO, reason 'unsent'); the chair's open close review names probation as still sending. Once the held updates
// go through, the server has the text, probation's page reports nothing unsent, and the same open review drops
// probation without the chair doing anything.
import type { WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseDocName, readCase } from '../../shared/live/layout.js';
import { describeBrowser } from '../support/browser.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './pageSupport.js';
import { POLL, saveState, startMeetingOn, startRoomSuite, type Member, type RoomSuite } from './roomSupport.js';

const TYPED = 'Lives with his sister; she has asked for a safety plan';

/** y-websocket's sync messages that carry document content: sync step 2 and update (message type 0, then 1 or 2). */
const carriesContent = (message: string | Buffer) => typeof message !== 'string' && message[0] === 0 && (message[1] === 1 || message[1] === 2);

describeBrowser('the close review waits for unsent changes (browser)', () => {
  let suite: RoomSuite;
  let chair: Member;
  let probation: Member;
  const held: { route: WebSocketRoute; send(message: string | Buffer): void; messages: (string | Buffer)[] }[] = [];
  let holding = false;

  const holder = () => chair.page.locator('[data-unsent-user]', { hasText: 'Priya Shah (COM)' });

  beforeAll(async () => {
    suite = await startRoomSuite();
    chair = await suite.join('chair');
    probation = await suite.join('probation');
    // Probation's case sockets pass through here: held back only while `holding`.
    await probation.page.routeWebSocket(/\/yjs\/case\./, (route) => {
      const server = route.connectToServer();
      const entry = { route, send: (message: string | Buffer) => server.send(message), messages: [] as (string | Buffer)[] };
      held.push(entry);
      route.onMessage((message) => {
        if (holding && carriesContent(message)) entry.messages.push(message);
        else server.send(message);
      });
      server.onMessage((message) => route.send(message));
    });
    // Routing applies to pages loaded after it is set up.
    await probation.page.reload();
    await probation.page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await startMeetingOn(chair, [probation]);
  });

  afterAll(() => suite?.stop());

  it('names probation, still connected, while its text has not reached the server', async () => {
    await expect.poll(() => saveState(probation), POLL).toBe('saved');
    // Positive control: with everything in, the review names nobody.
    await chair.page.getByRole('button', { name: 'Close meeting' }).click();
    await chair.page.getByRole('heading', { name: 'Before you close the meeting' }).waitFor();
    await expect(chair.page.locator('[data-unsent-user]').count()).resolves.toBe(0);

    holding = true;
    const field = probation.page.getByLabel('Who is at risk', { exact: true });
    await field.click();
    await field.pressSequentially(TYPED, { delay: 5 });
    await expect.poll(() => held.reduce((sum, entry) => sum + entry.messages.length, 0), POLL).toBeGreaterThan(0);
    // Connected the whole time: "Saving…", never "Reconnecting…" or "Offline".
    await expect.poll(() => saveState(probation), POLL).toBe('saving');

    // The open review (asked again every few seconds) names probation as still sending.
    await expect.poll(() => holder().count(), POLL).toBe(1);
    await expect(holder().textContent()).resolves.toMatch(/has changes that are still being sent \(since \d\d:\d\d\)/);
    await expect(chair.page.getByRole('button', { name: 'Check again' }).count()).resolves.toBe(1);
    await expect(saveState(probation)).resolves.toBe('saving');
    const stored = await suite.server.services.documents.read(caseDocName(suite.meetingId, suite.daniel), readCase);
    expect(stored.risk.whoAtRisk ?? '').not.toContain(TYPED);
    await expectNoAxeViolations(chair.page, 'close review listing unsent changes');
    await screenshot(chair.page, 'close-review-still-sending');
  });

  it('drops probation from the same open review once the text arrives', async () => {
    holding = false;
    for (const entry of held) for (const message of entry.messages.splice(0)) entry.send(message);
    await expect.poll(async () => (await suite.server.services.documents.read(caseDocName(suite.meetingId, suite.daniel), readCase)).risk.whoAtRisk ?? '', POLL).toContain(TYPED);
    await expect.poll(() => saveState(probation), POLL).toBe('saved');
    // The review the chair left open updates by itself.
    await expect.poll(() => holder().count(), POLL).toBe(0);
    await expect(chair.page.getByRole('heading', { name: 'Before you close the meeting' }).count()).resolves.toBe(1);
    await expect(chair.page.getByRole('button', { name: 'Check again' }).count()).resolves.toBe(0);
    for (const member of [chair, probation]) expect(member.errors, member.name).toEqual([]);
  });
});
