// Pausing says what pause means (issue 10 §7), in real Chromium against a real server: the chair pauses, every page
// shows "The chair has paused the meeting: editing is paused", a member's fields turn read-only while the chair's stay
// editable, and resuming gives the member their fields back.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { expectNoAxeViolations } from './axe.js';
import { agendaButton, itemHeading, joinRoom, POLL, type Member } from './roomSupport.js';

const BANNER = 'The chair has paused the meeting: editing is paused';
/** Whether the open tab has a text field that can be typed into (read-only views show summary lists or disabled fields). */
const firstFieldEditable = (member: Member) =>
  member.page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('[role="tabpanel"] :is(textarea, input[type="text"], [contenteditable="true"])')].some(
      (el) => el.isContentEditable || (!el.disabled && !el.readOnly),
    ),
  );

describeBrowser('pausing the meeting (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const members: Member[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    expect((await chair.post(`/api/meetings/${server.demo.meeting._id}/start`)).status).toBe(200);
  });

  afterAll(async () => {
    for (const member of members) await member.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows what pause means and makes the room read-only for everyone but the chair until it resumes', async () => {
    const meetingId = server.demo.meeting._id;
    const chair = await joinRoom(browser, server.url, meetingId, 'chair');
    const probation = await joinRoom(browser, server.url, meetingId, 'probation');
    members.push(chair, probation);
    const title = server.demo.meeting.agenda[1]!.title;
    await agendaButton(chair, title.split(':')[0]!).click();
    for (const member of [chair, probation]) await expect.poll(() => itemHeading(member), POLL).toBe(title);
    // Positive control: before the pause both can type, and nobody sees the banner.
    for (const member of [chair, probation]) await expect.poll(() => firstFieldEditable(member), POLL).toBe(true);
    expect(await probation.page.getByText(BANNER).count()).toBe(0);

    await chair.page.getByRole('button', { name: 'Pause meeting' }).click();
    for (const member of [chair, probation]) await member.page.getByText(BANNER).waitFor();
    await expect.poll(() => firstFieldEditable(probation), POLL).toBe(false);
    expect(await firstFieldEditable(chair)).toBe(true);
    await probation.page.getByRole('region', { name: 'Paused' }).getByText('nobody except the chair can change the record').waitFor();
    await expectNoAxeViolations(probation.page, 'paused room, as a member');

    await chair.page.getByRole('button', { name: 'Resume meeting' }).click();
    await expect.poll(() => probation.page.getByText(BANNER).count(), POLL).toBe(0);
    await expect.poll(() => firstFieldEditable(probation), POLL).toBe(true);
    for (const member of [chair, probation]) expect(member.errors).toEqual([]);
  });
});
