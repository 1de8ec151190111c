// The whole meeting flow in real Chromium under the strict Content-Security-Policy, with no violation: each
// page reports 'securitypolicyviolation' events and console messages about the policy. The chair and a member
// sign in, open the room, start, type in a field and the notes, add an action; the chair closes the meeting
// and opens the minutes. WebSockets to the same host pass connect-src 'self'.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { agendaButton, itemHeading, POLL, saveState } from './roomSupport.js';
import { PAGE_TIMEOUT } from './pageSupport.js';

interface WatchedPage {
  name: string;
  page: Page;
  errors: string[];
  /** securitypolicyviolation events and console messages that mention the policy. */
  violations: string[];
  webSockets: string[];
}

describeBrowser('the meeting flow under the strict CSP (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: WatchedPage;
  let member: WatchedPage;

  /** A fresh context whose every page reports CSP violations from its first script on, signed in as `username`. */
  async function open(username: string): Promise<WatchedPage> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    contexts.push(context);
    const violations: string[] = [];
    await context.exposeBinding('__reportCspViolation', (_source, text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
        void report(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
      });
    });
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    page.on('console', (msg) => {
      if (/content security policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
    });
    const webSockets: string[] = [];
    page.on('websocket', (socket) => webSockets.push(socket.url()));
    const errors = watchPageErrors(page);
    await signInThroughForm(page, server.url, username, PASSWORD);
    return { name: username, page, errors, violations, webSockets };
  }

  const meetingId = () => server.demo.meeting._id;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    chair = await open('chair');
    member = await open('probation');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('serves every page with the strict policy', async () => {
    const response = await chair.page.goto(`${server.url}/meetings/${meetingId()}`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('runs the room: start, type in a field and the notes, add an action, with WebSockets on connect-src \'self\'', async () => {
    for (const person of [chair, member]) {
      await person.page.goto(`${server.url}/meetings/${meetingId()}/room`);
      await person.page.getByRole('heading', { name: 'Agenda' }).waitFor();
    }
    for (const person of [chair, member]) {
      await expect.poll(() => saveState(person as never), POLL).toBe('saved');
      await expect.poll(() => person.page.locator('.roundtable-presence__person').count(), POLL).toBe(2);
    }
    await chair.page.getByRole('button', { name: 'Start meeting' }).click();
    await expect.poll(() => member.page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('running');
    await agendaButton(chair as never, 'Daniel Hughes').click();
    await expect.poll(() => itemHeading(member as never), POLL).toBe('Daniel Hughes: release in 5 days');

    // Typing in a field: the other page shows who is typing and outlines the field in their colour (classes, no style attribute).
    const field = member.page.getByLabel('Who is at risk', { exact: true });
    await field.click();
    await field.pressSequentially('Ex-partner', { delay: 10 });
    await expect.poll(() => chair.page.getByLabel('Who is at risk', { exact: true }).inputValue(), POLL).toBe('Ex-partner');
    await expect.poll(() => chair.page.locator('.roundtable-field__editor').count(), POLL).toBe(1);
    await expect(chair.page.locator('.roundtable-user-outline').count()).resolves.toBeGreaterThan(0);

    await member.page.getByRole('tab', { name: 'Actions' }).click();
    await member.page.getByLabel('What needs to be done').fill('Confirm a hostel bed for the first night');
    await member.page.getByLabel('Named owner').fill('Priya Shah');
    await member.page.getByRole('button', { name: 'Add action' }).click();
    await chair.page.getByRole('tab', { name: 'Actions' }).click();
    await expect.poll(() => chair.page.locator('tr[data-action]', { hasText: 'Confirm a hostel bed for the first night' }).count(), POLL).toBe(1);

    // Notes: the other person's caret, and their selection once they select text.
    await chair.page.getByRole('tab', { name: 'Notes' }).click();
    await member.page.getByRole('tab', { name: 'Notes' }).click();
    const notes = member.page.getByRole('textbox', { name: /Notes/ });
    await notes.click();
    await notes.pressSequentially('Sister has offered a room.', { delay: 10 });
    await member.page.keyboard.press('Shift+Home');
    await expect.poll(() => chair.page.getByRole('textbox', { name: /Notes/ }).textContent(), POLL).toContain('Sister has offered a room.');
    await expect.poll(() => chair.page.locator('.collaboration-carets__caret').count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => chair.page.locator('.ProseMirror-yjs-selection').count(), POLL).toBeGreaterThan(0);
    await expect.poll(() => saveState(member as never), POLL).toBe('saved');

    for (const person of [chair, member]) {
      expect(person.webSockets.some((url) => url.includes('/yjs/')), `${person.name} opened a Yjs socket`).toBe(true);
      expect(person.webSockets.some((url) => url.includes('/socket.io/')), `${person.name} opened a Socket.IO socket`).toBe(true);
    }
  });

  it('the chair closes the meeting and opens the minutes', async () => {
    await chair.page.getByRole('button', { name: /^close (the )?meeting$/i }).click();
    await chair.page.getByRole('button', { name: /confirm|yes, close/i }).click();
    await chair.page.getByText(/this meeting is closed/i).first().waitFor();
    await chair.page.goto(`${server.url}/meetings/${meetingId()}`);
    await chair.page.getByRole('link', { name: 'Minutes' }).click();
    await chair.page.getByRole('heading', { level: 1, name: 'IOM panel: pre-release cases' }).waitFor();
    await chair.page.getByText('Confirm a hostel bed for the first night').first().waitFor();
  });

  it('reported no CSP violation and no error in any page', async () => {
    for (const person of [chair, member]) {
      expect(person.violations, person.name).toEqual([]);
      expect(person.errors, person.name).toEqual([]);
    }
    // The listener works: a style attribute added now is reported.
    await chair.page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<div style="color: red">x</div>'));
    await expect.poll(() => chair.violations.length, POLL).toBeGreaterThan(0);
    expect(chair.violations[0]).toMatch(/style-src-attr/);
  });
});
