// Helpers for browser tests of the live meeting room: a member signed in through the real form
// with the room open in their own browser context, and what the tests read off their page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD } from '../support/server.js';

export const POLL = { timeout: 20_000, interval: 100 };

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
  page.setDefaultTimeout(20_000);
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
