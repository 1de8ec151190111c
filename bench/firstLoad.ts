// First load of the meeting room on a poor link (issue 10 §6): real Chromium (playwright-core) against the real server
// with the demo partnership, the network emulated by Chromium itself (CDP Network.emulateNetworkConditions) at
// 400 kbps down and up with 400 ms latency. The chair has started the meeting and made a case current (Daniel Hughes),
// so the room needs its case document as well as the meeting document. For a cold cache (cleared) and a warm one (the
// same page loaded again) it prints the time to first paint (first-contentful-paint), the time to a usable room (the
// case's heading shown and the first field of its open tab, the risk of serious harm to the public, enabled) and the
// WebSockets the page opened (CDP webSocketCreated/Closed). The same file runs against an older commit too (it needs
// only the demo meeting, the room's #item-title and tab panel, and meeting control's meeting:setCurrentItem).
// The client is the built one (npm run build:client; CLIENT_DIST to use another build).
// Run: npm run bench:first-load [-- --runs 3] [-- --kbps 400 --latency 400]
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { ensureClientBuilt, launchBrowser, signInThroughForm } from '../test/support/browser.js';
import { loginAs } from '../test/support/http.js';
import { PASSWORD, startTestServer } from '../test/support/server.js';

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const KBPS = arg('kbps', 400);
const LATENCY_MS = arg('latency', 400);
const RUNS = arg('runs', 1);
const USABLE_TIMEOUT_MS = 180_000;
const CASE = 'Daniel Hughes';

interface Sockets {
  open: Set<string>;
  created: number;
  max: number;
}

interface Measure {
  cache: 'cold' | 'warm';
  firstPaintMs: number | null;
  usableMs: number;
  transferredKb: number;
  webSocketsOpened: number;
  webSocketsMaxOpen: number;
  webSocketsOpenAtEnd: number;
}

async function watchSockets(cdp: CDPSession): Promise<Sockets> {
  const sockets: Sockets = { open: new Set(), created: 0, max: 0 };
  cdp.on('Network.webSocketCreated', ({ requestId }) => {
    sockets.open.add(requestId);
    sockets.created++;
    sockets.max = Math.max(sockets.max, sockets.open.size);
  });
  cdp.on('Network.webSocketClosed', ({ requestId }) => sockets.open.delete(requestId));
  return sockets;
}

/** Loads the room URL and waits until it is usable; times are from the navigation's start (the page's own clock). */
async function load(page: Page, cdp: CDPSession, url: string, cache: 'cold' | 'warm', caseTitle: string): Promise<Measure> {
  const sockets = await watchSockets(cdp);
  let transferred = 0;
  const onFinished = ({ encodedDataLength }: { encodedDataLength: number }) => (transferred += encodedDataLength);
  cdp.on('Network.loadingFinished', onFinished);
  await page.goto(url, { waitUntil: 'commit', timeout: USABLE_TIMEOUT_MS });
  await page.waitForFunction(
    (title) => {
      const heading = document.querySelector('#item-title');
      const field = document.querySelector<HTMLElement>(
        '[role="tabpanel"] :is(input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), [contenteditable="true"])',
      );
      return Boolean(heading?.textContent?.startsWith(title) && field);
    },
    caseTitle,
    { timeout: USABLE_TIMEOUT_MS, polling: 50 },
  );
  const usableMs = await page.evaluate(() => performance.now());
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  // Let late sockets (a prefetch, a lingering one) show up before counting what stays open.
  await page.waitForTimeout(3_000);
  cdp.off('Network.loadingFinished', onFinished);
  return {
    cache,
    firstPaintMs: firstPaintMs === null ? null : Math.round(firstPaintMs),
    usableMs: Math.round(usableMs),
    transferredKb: Math.round(transferred / 1024),
    webSocketsOpened: sockets.created,
    webSocketsMaxOpen: sockets.max,
    webSocketsOpenAtEnd: sockets.open.size,
  };
}

const loadBefore = loadavg();
ensureClientBuilt();
const server = await startTestServer();
const browser = await launchBrowser();
const results: Measure[] = [];
try {
  const meetingId = server.demo.meeting._id;
  const chairApi = await loginAs(server.url, 'chair', PASSWORD);
  if ((await chairApi.post(`/api/meetings/${meetingId}/start`)).status !== 200) throw new Error('the meeting did not start');
  // The chair makes a case current over meeting control, as the room's agenda does.
  const caseItem = server.demo.meeting.agenda.find((item) => item.personId && item.title.startsWith(CASE));
  if (!caseItem) throw new Error(`no ${CASE} on the demo agenda`);
  const control = io(server.url, { extraHeaders: { cookie: chairApi.cookie }, reconnection: false, forceNew: true });
  try {
    const joined = await control.timeout(30_000).emitWithAck('meeting:join', { meetingId });
    if (joined && typeof joined === 'object' && 'error' in joined) throw new Error(`joining the meeting failed: ${String(joined.error)}`);
    const moved = await control.timeout(30_000).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: caseItem.id });
    if (moved && typeof moved === 'object' && 'error' in moved) throw new Error(`the chair could not move to ${CASE}: ${String(moved.error)}`);
  } finally {
    control.disconnect();
  }
  const roomUrl = `${server.url}/meetings/${meetingId}/room`;
  for (let run = 0; run < RUNS; run++) {
    // A participant who is signed in (at full speed) opens the room over the poor link.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // A busy machine is slow even at full speed.
    page.setDefaultTimeout(USABLE_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(USABLE_TIMEOUT_MS);
    await signInThroughForm(page, server.url, 'probation', PASSWORD);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await page.goto('about:blank');
    const bytesPerSecond = (KBPS * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    results.push(await load(page, cdp, roomUrl, 'cold', CASE));
    await page.goto('about:blank');
    results.push(await load(page, cdp, roomUrl, 'warm', CASE));
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const header = `First load of the meeting room, ${CASE}'s case current, at ${KBPS} kbps / ${LATENCY_MS} ms latency (Chromium network emulation); load average ${loadBefore.map((n) => n.toFixed(2)).join(' ')} before, ${loadavg().map((n) => n.toFixed(2)).join(' ')} after`;
const rows = results.map(
  (m) =>
    `| ${m.cache} | ${m.firstPaintMs === null ? '–' : (m.firstPaintMs / 1000).toFixed(1) + ' s'} | ${(m.usableMs / 1000).toFixed(1)} s | ${m.transferredKb} KB | ${m.webSocketsOpened} | ${m.webSocketsMaxOpen} | ${m.webSocketsOpenAtEnd} |`,
);
const table = [
  header,
  '',
  '| Cache | First paint | Usable room | Transferred | WebSockets opened | Most open at once | Open when usable (+3 s) |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
console.log(table);
const out = process.env.FIRST_LOAD_OUT ?? 'bench/results/first-load.json';
await writeFile(out, JSON.stringify({ kbps: KBPS, latencyMs: LATENCY_MS, currentItem: CASE, at: new Date().toISOString(), loadAverage: { before: loadBefore, after: loadavg() }, results }, null, 2) + '\n');
