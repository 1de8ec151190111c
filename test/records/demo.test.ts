// The README's first command, as a fresh machine runs it: `npm run demo` builds the client, seeds the demo
// partnership and serves both on PORT.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loginAs } from '../support/http.js';
import { freePort } from '../support/process.js';
import { PASSWORD, tempDataDir } from '../support/server.js';
import path from 'node:path';

let demo: ChildProcess | null = null;
afterAll(() => {
  // npm runs the server as a grandchild: end the whole process group.
  if (demo?.pid) process.kill(-demo.pid, 'SIGTERM');
});

async function waitForHealth(url: string, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (demo?.exitCode !== null) throw new Error(`npm run demo exited: ${output()}`);
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm run demo did not serve in time: ${output()}`);
}

describe('npm run demo', () => {
  it('builds and serves the client and the demo partnership on PORT', async () => {
    const port = await freePort();
    let out = '';
    demo = spawn('npm', ['run', 'demo'], {
      // Its own build folder, so the other suites keep using client/dist while this one builds.
      env: { ...process.env, PORT: String(port), DATA_DIR: await tempDataDir(), CLIENT_DIST: path.join(await tempDataDir(), 'dist'), NODE_ENV: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    demo.stdout?.on('data', (d) => (out += d));
    demo.stderr?.on('data', (d) => (out += d));
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url, () => out);

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    expect(out).toContain('Password: roundtable-demo');

    const chair = await loginAs(url, 'chair', PASSWORD);
    const meetings = await chair.get('/api/meetings?status=scheduled');
    const meeting = meetings.body.items.find((m: { title: string }) => m.title === 'IOM panel: pre-release cases');
    expect(meeting.type).toBe('IOM');
    expect(meeting.agenda.length).toBeGreaterThan(3);
    const agencies = await chair.get('/api/agencies');
    expect(agencies.body.total).toBeGreaterThanOrEqual(6);
    const people = await chair.get('/api/people?limit=200');
    expect(people.body.total).toBe(8);
    const releases = people.body.items.map((p: { releaseDate: string }) => p.releaseDate).sort();
    const weeks = (Date.parse(releases.at(-1)) - Date.parse(releases[0])) / (7 * 86_400_000);
    expect(weeks).toBeGreaterThan(8);
    expect(weeks).toBeLessThanOrEqual(12);
    for (const username of ['probation', 'police', 'housing', 'substance', 'observer']) await loginAs(url, username, PASSWORD);
  });
});
