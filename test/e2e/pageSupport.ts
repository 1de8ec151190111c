// Helpers for browser tests that sign people in through the real form, each in a browser context of
// their own, and save screenshots while developing.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { signInThroughForm, watchPageErrors } from '../support/browser.js';
import { PASSWORD } from '../support/server.js';

/** How long a page step may wait on a loaded 2-core machine (TEST_PAGE_TIMEOUT_MS; 60 s by default). */
export const PAGE_TIMEOUT = Number(process.env.TEST_PAGE_TIMEOUT_MS) || 60_000;

const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR; // e.g. /tmp while developing; never committed

export interface SignedInPage {
  page: Page;
  /** Console errors and page errors, collected from before sign-in. */
  errors: string[];
}

/** The pages a suite opens; closeAll() in afterAll closes every context it made. */
export class BrowserPages {
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly options: BrowserContextOptions = {}) {}

  /** `username` signed in through the real form, on the meetings list, in a fresh context. */
  async signIn(browser: Browser, baseUrl: string, username: string): Promise<SignedInPage> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...this.options });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const errors = watchPageErrors(page);
    await signInThroughForm(page, baseUrl, username, PASSWORD);
    return { page, errors };
  }

  async closeAll(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

/** Types a date into the GOV.UK date input whose boxes are #<field>-day, -month and -year. */
export async function fillDate(page: Page, field: string, date: { day: string; month: string; year: string }): Promise<void> {
  await page.locator(`#${field}-day`).fill(date.day);
  await page.locator(`#${field}-month`).fill(date.month);
  await page.locator(`#${field}-year`).fill(date.year);
}

/** A full-page screenshot as SCREENSHOT_DIR/roundtable-<name>.png, only when SCREENSHOT_DIR is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOT_DIR) await page.screenshot({ path: `${SCREENSHOT_DIR}/roundtable-${name}.png`, fullPage: true });
}
