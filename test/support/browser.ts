// Real-browser tests with playwright-core and the system Chromium (no browser download).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { startWaitMs } from './process.js';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else null. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return existsSync(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : null;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage());
  const timeout = startWaitMs();
  const startedAt = Date.now();
  try {
    return await chromium.launch({
      executablePath,
      // TEST_SERVER_START_MS (default 120 s) also bounds the browser's start on a busy machine.
      timeout,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-quic',
        '--no-first-run',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (err) {
    // Playwright's message carries the browser's own log; say which browser and how long it had.
    const after = ((Date.now() - startedAt) / 1000).toFixed(1);
    throw new Error(`Chromium (${executablePath}) did not start after ${after} s (limit ${timeout / 1000} s, TEST_SERVER_START_MS): ${String((err as Error).message ?? err).slice(-4096)}`, { cause: err });
  }
}

function missingChromiumMessage(): string {
  const looked = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH}` : DEFAULT_CHROMIUM;
  return `No Chromium found at ${looked}. Install Debian's chromium package or set CHROMIUM_PATH.`;
}

/**
 * describe() for browser suites. Without Chromium the suite is skipped with a loud warning,
 * unless REQUIRE_BROWSER=1 (CI), where it fails and says why.
 */
export function describeBrowser(name: string, fn: () => void): void {
  const found = findChromium() !== null;
  const message = found ? '' : missingChromiumMessage();
  if (!found && process.env.REQUIRE_BROWSER === '1') {
    describe(name, () => {
      it('needs a Chromium browser (REQUIRE_BROWSER=1)', () => {
        throw new Error(message);
      });
    });
    return;
  }
  if (!found) console.warn(`\n*** SKIPPING browser suite "${name}": ${message} ***\n`);
  // Skipped only when no Chromium is installed (the reason is printed above); CI sets REQUIRE_BROWSER=1.
  describe.skipIf(!found)(name, fn);
}

const clientDist = path.resolve('client/dist');

/**
 * The server serves the built client. `npm test` builds it first; a direct `npx vitest run` builds it
 * here when it is missing, so the browser never meets a bare 404.
 */
export function ensureClientBuilt(): void {
  if (existsSync(path.join(clientDist, 'index.html'))) return;
  try {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'], { stdio: 'pipe' });
  } catch (err) {
    const output = String((err as { stderr?: Buffer }).stderr ?? err);
    throw new Error(`client/dist is missing and building it failed; run "npm run build" and look at the error:\n${output}`, { cause: err });
  }
  if (!existsSync(path.join(clientDist, 'index.html'))) throw new Error('client/dist/index.html is still missing after "vite build"');
}

const EXPECTED_401 = ['/api/me', '/api/auth/login'];

/** Collects what a page complains about: console errors and CSP violations fail the tests that check. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Chromium logs every 401 response; the start-up "who am I?" and a refused sign-in are expected ones.
    const url = msg.location().url;
    if (msg.text().includes('401') && EXPECTED_401.some((path) => url.endsWith(path))) return;
    errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/** Signs in through the real form and waits for the meetings list. */
export async function signInThroughForm(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
}
