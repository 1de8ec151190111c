// No edit lost at close, in real Chromium against a real server. Probation loses the link (Chromium's network
// emulation over CDP) and types; the chair's close review names probation as possibly holding unsent changes;
// the chair closes anyway. Probation reconnects (and reloads: the changes are kept in the browser's storage),
// sees its text offered as a late addition and sends it; the chair accepts it. The record and the minutes then
// carry it, marked as a late amendment, and the audit shows who accepted it.
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loginAs } from '../support/http.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './pageSupport.js';
import { agendaButton, itemHeading, joinRoom, POLL, saveState, type Member } from './roomSupport.js';

const TYPED = '3 previous DV convictions';

describeBrowser('no edit lost at close (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let meetingId: string;
  let chair: Member;
  let probation: Member;
  let probationNetwork: CDPSession;

  const setOffline = (offline: boolean) =>
    probationNetwork.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  const meetingState = (member: Member) => member.page.locator('[data-meeting-state]').getAttribute('data-meeting-state');

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    meetingId = server.demo.meeting._id;
    browser = await launchBrowser();
    chair = await joinRoom(browser, server.url, meetingId, 'chair');
    probation = await joinRoom(browser, server.url, meetingId, 'probation');
    contexts.push(chair.context, probation.context);
    probationNetwork = await probation.context.newCDPSession(probation.page);
    await probationNetwork.send('Network.enable');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('names probation in the close review when its changes have not arrived, and the chair closes anyway', async () => {
    await chair.page.getByRole('button', { name: 'Start meeting' }).click();
    await agendaButton(chair, 'Daniel Hughes').click();
    for (const member of [chair, probation]) await expect.poll(() => itemHeading(member), POLL).toBe('Daniel Hughes: release in 5 days');
    await expect.poll(() => saveState(probation), POLL).toBe('saved');

    // Positive control: with everyone's changes in, the review names nobody.
    await chair.page.getByRole('button', { name: 'Close meeting' }).click();
    await chair.page.getByRole('heading', { name: 'Before you close the meeting' }).waitFor();
    await expect(chair.page.locator('[data-unsent-user]').count()).resolves.toBe(0);
    await chair.page.getByRole('button', { name: 'Cancel' }).click();

    await setOffline(true);
    await expect.poll(() => saveState(probation), POLL).not.toBe('saved');
    const field = probation.page.getByLabel('Who is at risk', { exact: true });
    await field.click();
    await field.press('End');
    await field.pressSequentially(` ${TYPED}`, { delay: 5 });
    await expect.poll(() => probation.page.locator('[data-save-state]').textContent(), POLL).toBe('Offline: your changes are kept on this device');

    await chair.page.getByRole('button', { name: 'Close meeting' }).click();
    const named = chair.page.locator('[data-unsent-user]', { hasText: 'Priya Shah (COM)' });
    // The review is asked again every few seconds: the server notices the lost link within about 5 seconds.
    await expect.poll(() => named.count(), { timeout: 30_000, interval: 200 }).toBe(1);
    await expect(named.textContent()).resolves.toMatch(/lost the connection at \d\d:\d\d and may hold unsent changes/);
    await screenshot(chair.page, 'close-review-unsent');

    await chair.page.getByRole('button', { name: 'Confirm and close meeting' }).click();
    await expect.poll(() => meetingState(chair), POLL).toBe('closed');
  });

  it('probation reconnects, reloads, sees its text offered as a late addition and sends it', async () => {
    await setOffline(false);
    const heldBanner = probation.page.locator('.roundtable-held');
    await expect.poll(() => heldBanner.textContent(), { timeout: 40_000, interval: 200 }).toContain(TYPED);
    await expect(heldBanner.textContent()).resolves.toContain('Your changes did not reach the meeting before it closed');
    await expect(heldBanner.textContent()).resolves.toContain('Who is at risk');
    await expectNoAxeViolations(probation.page, 'held changes offered as a late addition');

    // Kept in the browser's storage: a reload does not lose it.
    await probation.page.reload();
    await probation.page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await expect.poll(() => heldBanner.textContent(), POLL).toContain(TYPED);
    await screenshot(probation.page, 'late-addition-offered');

    await probation.page.getByRole('button', { name: 'Send to the chair as a late addition' }).click();
    await expect.poll(() => heldBanner.textContent(), POLL).toContain('Sent to the chair as a late addition on');
    await expect(probation.page.getByRole('button', { name: 'Send to the chair as a late addition' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(probation.page, 'late addition sent');
  });

  it('the chair accepts it; the record and the minutes carry it as a late amendment and the audit shows who accepted it', async () => {
    const item = chair.page.locator('[data-late-addition]', { hasText: TYPED });
    await expect.poll(() => item.count(), { timeout: 30_000, interval: 200 }).toBe(1);
    await expect(item.textContent()).resolves.toContain('From Priya Shah (COM)');
    await expectNoAxeViolations(chair.page, "chair's late additions review, pending");
    await item.getByRole('button', { name: /Accept into the record/ }).click();
    await expect.poll(() => item.getAttribute('data-late-addition'), POLL).toBe('accepted');
    await expect(item.textContent()).resolves.toContain('Late amendment, accepted by Sam Okafor (SPO, chair) on');
    await screenshot(chair.page, 'late-addition-accepted');
    await expectNoAxeViolations(chair.page, "chair's late additions review, accepted");

    // The stored closure: the frozen record is as it was, the amendment beside it.
    // The page may show "accepted" from its periodic re-read before the server has finished writing beside it.
    const storedClosure = () => server.store.collection('closures').findOne({ _id: meetingId });
    await expect.poll(async () => (await storedClosure())?.amendments?.length ?? 0, POLL).toBe(1);
    const closure = await storedClosure();
    expect(JSON.stringify(closure!.record)).not.toContain(TYPED);
    expect(closure!.amendments).toEqual([expect.objectContaining({ acceptedBy: server.demo.users.chair!._id, items: [expect.objectContaining({ text: TYPED })] })]);

    const api = await loginAs(server.url, 'probation', PASSWORD);
    const minutes = await api.get(`/api/meetings/${meetingId}/minutes`);
    expect(minutes.body.record.amendments[0].items[0]).toEqual({ label: 'Who is at risk', text: TYPED });
    const html = await (await api.request('GET', `/api/meetings/${meetingId}/minutes?format=html`)).text();
    expect(html).toContain('Late amendment, accepted by Sam Okafor (SPO, chair) on');
    expect(html).toContain(TYPED);

    const lateAdditionAudit = () => server.store.collection('audit').find({ action: { $in: ['late-addition.submit', 'late-addition.accept'] } });
    await expect.poll(async () => (await lateAdditionAudit()).length, POLL).toBe(2);
    const audit = await lateAdditionAudit();
    expect(audit.map((entry) => [entry.action, entry.userId]).sort()).toEqual(
      [
        ['late-addition.accept', server.demo.users.chair!._id],
        ['late-addition.submit', server.demo.users.probation!._id],
      ].sort(),
    );
  });
});
