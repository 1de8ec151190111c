// The whole meeting with the keyboard alone, in real Chromium against a real server: the chair starts the meeting,
// makes a case the current item, adds an action due on a date (the GOV.UK date input), changes its owner, records a
// decision, opens the close review, cancels, opens it again and closes the meeting, using only Tab, Shift+Tab, Enter,
// Space, Ctrl+A and the arrow keys. At each step focus is on what appeared and the one live region that speaks for it
// (the room's announcer, or the actions or decisions panel's) says something new about it.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { screenshot, PAGE_TIMEOUT } from './pageSupport.js';
import { POLL } from './roomSupport.js';

/** What has keyboard focus: its tag, role, id, accessible name (label, aria-label or text), text and the action it is in. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', role: '', id: '', name: '', text: '', action: null as string | null };
    const labelledBy = el.getAttribute('aria-labelledby');
    const byLabel = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    const label = 'labels' in el && (el as HTMLInputElement).labels?.length ? ((el as HTMLInputElement).labels?.[0]?.textContent ?? '') : '';
    const name = (el.getAttribute('aria-label') ?? (byLabel || label || el.textContent) ?? '').replace(/\s+/g, ' ').trim();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role') ?? '', id: el.id, name, text, action: el.closest('[data-action]')?.getAttribute('data-action') ?? null };
  });
}

/** The room's own announcer (meeting changes, the close review) and the panels' regions (actions, decisions). */
const ROOM = '[data-room-announcement]';
const ACTIONS = '[data-actions-announcement]';
const DECISIONS = '[data-decisions-announcement]';

/**
 * Listens to one live region: marks what it says now, and returns a reader of only what it says afterwards (a new
 * announcement node, as the room's announcer makes even for the same words, or changed text), else ''.
 */
async function listen(page: Page, region: string): Promise<() => Promise<string>> {
  await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    if (!el) return;
    for (const child of el.querySelectorAll('*')) child.setAttribute('data-said', '');
    el.setAttribute('data-said-text', el.textContent ?? '');
  }, region);
  return () =>
    page.evaluate((selector) => {
      const el = document.querySelector(selector);
      if (!el) return '';
      const fresh = [...el.querySelectorAll('*:not([data-said])')].map((node) => node.textContent ?? '').join(' ').trim();
      if (fresh) return fresh;
      const text = (el.textContent ?? '').trim();
      return text !== el.getAttribute('data-said-text') ? text : '';
    }, region);
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches, at most `limit` times. */
async function tabTo(page: Page, name: RegExp, { back = false, limit = 120 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (name.test((await focused(page)).name)) return;
  }
  throw new Error(`Pressed ${back ? 'Shift+Tab' : 'Tab'} ${limit} times without reaching ${name}; focus is on ${JSON.stringify(await focused(page))}`);
}

describeBrowser('the meeting with the keyboard alone (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let meetingId: string;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    meetingId = server.demo.meeting._id;
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    errors = watchPageErrors(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the chair starts, moves to a case, adds an action with a due date, changes it, records a decision, cancels and then confirms the close, with focus and a new announcement at each step', async () => {
    await signInThroughForm(page, server.url, 'chair', PASSWORD);
    await page.goto(`${server.url}/meetings/${meetingId}/room`);
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await expect.poll(() => page.locator('[data-save-state]').getAttribute('data-save-state'), POLL).toBe('saved');

    // 1. Start the meeting: focus stays on the chair's controls (now "Pause meeting") and the start is announced.
    await tabTo(page, /^Start meeting$/);
    let said = await listen(page, ROOM);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('running');
    await expect.poll(async () => (await focused(page)).name, POLL).toBe('Pause meeting');
    await expect.poll(said, POLL).toMatch(/^The meeting has started/);

    // 2. Make Daniel Hughes the current item from the agenda: focus stays on his agenda entry, and it is announced.
    await tabTo(page, /^2\. Daniel Hughes/);
    said = await listen(page, ROOM);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#item-title').textContent(), POLL).toBe('Daniel Hughes: release in 5 days');
    await expect.poll(async () => (await focused(page)).name, POLL).toMatch(/^2\. Daniel Hughes/);
    await expect.poll(said, POLL).toMatch(/Now discussing: Daniel Hughes/);

    // 3. The item's tabs: Tab reaches the selected tab, the arrow keys move to "Actions".
    await tabTo(page, /^Risk assessment$/);
    expect((await focused(page)).role).toBe('tab');
    for (let presses = 0; presses < 10 && (await focused(page)).name !== 'Actions'; presses++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Actions' });
    await expect(page.getByRole('tab', { name: 'Actions' }).getAttribute('aria-selected')).resolves.toBe('true');

    // 4. Add an action due on a date (the GOV.UK date input: the radio by arrow key, then day, month and year), then
    // Tab to "Add action" and press Space. Focus moves to the new action; it is announced.
    await tabTo(page, /^What needs to be done/);
    await page.keyboard.type('Book first-night accommodation at the Eastwood hostel');
    await tabTo(page, /^Named owner/);
    await page.keyboard.type('Helen Marsh');
    await tabTo(page, /^Not set$/);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ name: 'On a date' });
    await expect(page.getByLabel('On a date').isChecked()).resolves.toBe(true);
    for (const [part, value] of [
      ['Day', '14'],
      ['Month', '3'],
      ['Year', '2031'],
    ] as const) {
      await tabTo(page, new RegExp(`^${part}$`), { limit: 5 });
      await page.keyboard.type(value);
    }
    let saidActions = await listen(page, ACTIONS);
    await tabTo(page, /^Add action$/);
    await page.keyboard.press('Space');
    const row = page.locator('tr[data-action]', { hasText: 'Book first-night accommodation' });
    await expect.poll(() => row.count(), POLL).toBe(1);
    await expect(row.textContent()).resolves.toContain('14 March 2031');
    const actionId = await row.getAttribute('data-action');
    await expect.poll(async () => (await focused(page)).action, POLL).toBe(actionId);
    await expect.poll(saidActions, POLL).toBe('Action added: Book first-night accommodation at the Eastwood hostel');
    await screenshot(page, 'keyboard-action-added');

    // 5. Edit it: "Change" opens the form with focus on its heading; the owner is corrected and saved. Focus returns to
    // the action, and the change is announced.
    await tabTo(page, /^Change action: Book first-night accommodation/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name, POLL).toMatch(/^Change action/);
    await tabTo(page, /^Named owner/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Sunita Rao');
    saidActions = await listen(page, ACTIONS);
    await tabTo(page, /^Save changes$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => row.textContent(), POLL).toContain('Sunita Rao');
    await expect.poll(async () => (await focused(page)).action, POLL).toBe(actionId);
    await expect.poll(saidActions, POLL).toBe('Action changed');

    // 6. Record a decision: back to the tabs, the arrow key moves to "Decisions"; the form takes focus; the decision
    // binds housing (Space on its checkbox); saving moves focus to the new decision and announces it.
    await tabTo(page, /^Actions$/, { back: true });
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toMatchObject({ role: 'tab', name: 'Decisions' });
    await tabTo(page, /^Record a decision$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name, POLL).toBe('What was decided');
    await page.keyboard.type('Refer to MAPPA level 2');
    await tabTo(page, /^Housing$/);
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'Housing' }).isChecked()).resolves.toBe(true);
    const saidDecisions = await listen(page, DECISIONS);
    await tabTo(page, /^Save decision$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name, POLL).toBe('Decision 1');
    await expect.poll(saidDecisions, POLL).toBe('Decision 1 recorded');

    // 7. Open the close review: focus moves to its heading, and it is announced.
    await tabTo(page, /^Close meeting$/, { back: true, limit: 200 });
    said = await listen(page, ROOM);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name, POLL).toMatch(/before you close the meeting/i);
    await expect.poll(said, POLL).toBe('Before you close the meeting: check the review, then confirm or cancel');

    // 8. Cancel: the review goes, focus returns to "Close meeting", and that is announced.
    await tabTo(page, /^Cancel$/);
    said = await listen(page, ROOM);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name, POLL).toBe('Close meeting');
    await expect.poll(said, POLL).toBe('Closing cancelled: the meeting is still open');
    await expect(page.locator('[data-meeting-state]').getAttribute('data-meeting-state')).resolves.toBe('running');

    // 9. Open it again: the same words are announced afresh. Confirm: focus moves to the confirmation that the meeting
    // is closed, and that is announced.
    said = await listen(page, ROOM);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).name, POLL).toMatch(/before you close the meeting/i);
    await expect.poll(said, POLL).toBe('Before you close the meeting: check the review, then confirm or cancel');
    await tabTo(page, /^Confirm and close meeting$/);
    said = await listen(page, ROOM);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('closed');
    await expect.poll(async () => (await focused(page)).text, POLL).toMatch(/this meeting is closed/i);
    await expect.poll(said, POLL).toMatch(/^The meeting is closed/);
    await screenshot(page, 'keyboard-closed');
    expect(errors).toEqual([]);
  }, 180_000);
});
