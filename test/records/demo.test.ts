// The README's first command, as a fresh machine runs it: the demo serves the app with its data.
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loginAs } from '../support/http.js';
import { spawnServer, type ServerProcess } from '../support/process.js';
import { PASSWORD, tempDataDir } from '../support/server.js';

let demo: ServerProcess | null = null;
afterAll(() => {
  demo?.child.kill('SIGTERM');
});

describe('npm run demo', () => {
  it('serves the built client and the demo partnership', async () => {
    expect(existsSync('client/dist/index.html'), 'client/dist is built by `npm run build` (part of npm test and npm run demo)').toBe(true);
    demo = await spawnServer({ DATA_DIR: await tempDataDir(), NODE_ENV: 'production' }, 'server/scripts/demo.ts');
    const page = await fetch(`${demo.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    expect(demo.output()).toContain('Password: roundtable-demo');

    const chair = await loginAs(demo.url, 'chair', PASSWORD);
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
    for (const username of ['probation', 'police', 'housing', 'substance', 'observer']) await loginAs(demo.url, username, PASSWORD);
  });
});
