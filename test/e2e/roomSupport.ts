// Helpers for browser tests of the live meeting room: a member signed in through the real form
// with the room open in their own browser context, and what the tests read off their page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureClientBuilt, launchBrowser, signInThroughForm, watchPageErrors } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { PAGE_TIMEOUT } from './pageSupport.js';

export const POLL = { timeout: PAGE_TIMEOUT, interval: 100 };

export interface Member {
  name: string;
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Every WebSocket URL the page opened, from before the room loaded. */
  webSockets: string[];
}

/** Signs `username` in, opens the meeting room and waits for the agenda. */
export async function joinRoom(browser: Browser, baseUrl: string, meetingId: string, username: string): Promise<Member> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  const errors = watchPageErrors(page);
  const webSockets: string[] = [];
  page.on('websocket', (socket) => webSockets.push(socket.url()));
  await signInThroughForm(page, baseUrl, username, PASSWORD);
  await page.goto(`${baseUrl}/meetings/${meetingId}/room`);
  await page.getByRole('heading', { name: 'Agenda' }).waitFor();
  return { name: username, context, page, errors, webSockets };
}

export const saveState = (member: Member) => member.page.locator('[data-save-state]').getAttribute('data-save-state');
export const itemHeading = (member: Member) => member.page.locator('#item-title').textContent();
export const agendaButton = (member: Member, title: string) => member.page.getByRole('button', { name: new RegExp(`^\\d+\\. ${title}`) });

/** A room suite's real server and browser, and every member it let in; stop() in afterAll closes them all. */
export interface RoomSuite {
  server: TestServer;
  browser: Browser;
  meetingId: string;
  /** Daniel Hughes, the first case on the demo agenda. */
  daniel: string;
  /** The chair's REST client. */
  chairApi: ApiClient;
  join(username: string): Promise<Member>;
  stop(): Promise<void>;
}

export async function startRoomSuite(): Promise<RoomSuite> {
  ensureClientBuilt();
  const server = await startTestServer();
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const meetingId = server.demo.meeting._id;
  return {
    server,
    browser,
    meetingId,
    daniel: server.demo.meeting.agenda.find((item) => item.title === DANIEL_HUGHES)!.personId!,
    chairApi: await loginAs(server.url, 'chair', PASSWORD),
    async join(username) {
      const member = await joinRoom(browser, server.url, meetingId, username);
      contexts.push(member.context);
      return member;
    },
    async stop() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.stop();
    },
  };
}

export const DANIEL_HUGHES = 'Daniel Hughes: release in 5 days';

/** The chair starts the meeting and makes `title` current; waits until every member's room shows it (also in beforeAll). */
export async function startMeetingOn(chair: Member, members: Member[], title = DANIEL_HUGHES): Promise<void> {
  await chair.page.getByRole('button', { name: 'Start meeting' }).click();
  await agendaButton(chair, title.split(':')[0]!).click();
  for (const member of [chair, ...members]) await member.page.locator('#item-title', { hasText: title }).waitFor();
}
