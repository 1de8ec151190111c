// Changing a risk level in the room asks for a reason (GOV.UK error summary when it is missing, nothing changes
// until one is given); the person page's chronology then shows the change with who, when and why, can be filtered
// by kind, and prints on its own. Real Chromium against a real server.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { screenshot } from './pageSupport.js';
import { agendaButton, itemHeading, joinRoom, POLL, type Member } from './roomSupport.js';

const REASON = 'Made threats towards a neighbour on home leave';

describeBrowser('risk levels with reasons and the chronology (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let meetingId: string;
  let daniel: string;
  let housing: Member;

  const serverLevel = (group: string) =>
    server.services.documents.read(caseDocName(meetingId, daniel), (doc) => (doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).get(group));

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    meetingId = server.demo.meeting._id;
    daniel = server.demo.meeting.agenda.find((i) => i.personId)!.personId!;
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
    browser = await launchBrowser();
    housing = await joinRoom(browser, server.url, meetingId, 'housing');
    contexts.push(housing.context);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('asks for a reason before a RoSH level changes, and then changes it for everyone', async () => {
    const { page } = housing;
    await housing.page.getByLabel('Following the chair').uncheck();
    await agendaButton(housing, 'Daniel Hughes').click();
    await expect.poll(() => itemHeading(housing), POLL).toBe('Daniel Hughes: release in 5 days');
    await page.getByRole('tab', { name: 'Risk assessment' }).click();

    const publicLevel = page.getByLabel('Public', { exact: true });
    await expect.poll(() => publicLevel.inputValue(), POLL).toBe('');
    await publicLevel.selectOption('high');
    // Nothing changes yet: the room asks why.
    const reason = page.getByLabel('Why is the risk to the public changing from Not assessed to High?');
    await reason.waitFor();
    expect(await serverLevel('public')).toBe('');

    // No reason: a GOV.UK error summary, linked to the field, and still nothing changed.
    await page.getByRole('button', { name: 'Save risk level' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Enter why the risk level is changing');
    await expect(page.locator('.govuk-error-message').first().textContent()).resolves.toContain('Enter why the risk level is changing');
    expect(await serverLevel('public')).toBe('');
    await screenshot(page, 'rosh-reason-error');

    await reason.fill(REASON);
    await page.getByRole('button', { name: 'Save risk level' }).click();
    await expect.poll(() => serverLevel('public'), POLL).toBe('high');
    await expect.poll(() => reason.count(), POLL).toBe(0);
    await expect.poll(() => publicLevel.inputValue(), POLL).toBe('high');
    expect(housing.errors).toEqual([]);

    // Cancelling a choice puts the level back and changes nothing.
    await publicLevel.selectOption('low');
    await page.getByRole('button', { name: 'Cancel the risk level change' }).click();
    await expect.poll(() => publicLevel.inputValue(), POLL).toBe('high');
    expect(await serverLevel('public')).toBe('high');
  });

  it('shows the change in the person page’s chronology with who and when, filterable and printable on its own', async () => {
    const { page } = housing;
    const before = Date.now();
    await page.goto(`${server.url}/people/${daniel}`);
    const chronology = page.getByTestId('chronology');
    await chronology.getByRole('heading', { name: 'Chronology' }).waitFor();
    const entry = chronology.getByTestId('chronology-entry').filter({ hasText: 'Risk to public changed from Not assessed to High' });
    await entry.waitFor();
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('by Helen Marsh (Housing Options)');
    expect(text).toContain(`Reason: ${REASON}`);
    expect(text).toContain(server.demo.meeting.title);
    // When: a machine-readable time within this test run, shown as a UK date and time.
    const at = Date.parse((await entry.locator('time').getAttribute('datetime')) ?? '');
    expect(at).toBeLessThanOrEqual(before);
    expect(before - at).toBeLessThan(10 * 60_000);
    expect((await entry.locator('time').textContent())?.trim()).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}:\d{2}(am|pm)$/);

    // Filter by kind.
    await chronology.getByLabel('Risk levels').uncheck();
    await expect.poll(() => entry.count(), POLL).toBe(0);
    await chronology.getByLabel('Risk levels').check();
    await expect.poll(() => entry.count(), POLL).toBe(1);
    await screenshot(page, 'chronology');

    // Print: only the chronology (the browser's print is stubbed; the print stylesheet is applied).
    await page.evaluate(() => {
      (window as unknown as { printed: boolean }).printed = false;
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await chronology.getByRole('button', { name: 'Print chronology' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1, name: 'Daniel Hughes' }).isVisible()).resolves.toBe(false);
    await expect(chronology.getByRole('button', { name: 'Print chronology' }).isVisible()).resolves.toBe(false);
    await expect(entry.isVisible()).resolves.toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.getByRole('heading', { level: 1, name: 'Daniel Hughes' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(housing.errors).toEqual([]);
  });
});
