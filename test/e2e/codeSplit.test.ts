// The first screens need little (issue 10 §6), in real Chromium against the built client: the sign-in page and the
// meetings list load neither the meeting room's code nor the notes editor's (TipTap and ProseMirror, most of the
// room's weight). Positive control: opening the room loads the room's chunks, and a Notes tab the editor's.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { PAGE_TIMEOUT } from './pageSupport.js';

/** The room's own chunks (client/src/room: MeetingRoom and the live code it shares) and the notes editor's. */
const ROOM_CHUNKS = /\/assets\/(MeetingRoom|room)-[\w-]+\.js$/;
const EDITOR_CHUNK = /\/assets\/ItemNotes-[\w-]+\.js$/;

describeBrowser('code split: the first screens load neither the room nor the editor (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const scripts: string[] = [];

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('the sign-in page and the meetings list load neither; the room and its Notes tab load each when opened', async () => {
    const errors = watchPageErrors(page);
    await page.goto(`${server.url}/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((path) => /\/assets\/index-[\w-]+\.js$/.test(path)), 'the main bundle was seen').toBe(true);
    const onSignIn = [...scripts];

    await signInThroughForm(page, server.url, 'chair', PASSWORD);
    await page.locator('table tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const onMeetings = [...scripts];
    for (const [screen, loaded] of [
      ['sign-in page', onSignIn],
      ['meetings list', onMeetings],
    ] as const) {
      expect(loaded.filter((path) => ROOM_CHUNKS.test(path) || EDITOR_CHUNK.test(path)), screen).toEqual([]);
    }

    await page.goto(`${server.url}/meetings/${server.demo.meeting._id}/room`);
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await expect.poll(() => scripts.filter((path) => ROOM_CHUNKS.test(path)).length).toBeGreaterThanOrEqual(2);
    // The room opens on the standing "Review of previous actions", whose first tab is its notes: the editor comes with it.
    await expect.poll(() => scripts.some((path) => EDITOR_CHUNK.test(path))).toBe(true);
    expect(errors).toEqual([]);
  });
});
