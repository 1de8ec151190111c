// The first days after release between meetings reach the lead agency without anyone opening the page: on day 1 the
// reminder sweep tells the lead practitioner once, in the app and by e-mail through a real SMTP server, that a released
// person's day-of-release items are still open; a restart and day 2 add nothing; a person whose items were all
// confirmed raises no notice, and nobody else in the lead agency is told. The real server process, as of chosen days.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DAY_OF_RELEASE } from '../../shared/live/caseFields.js';
import { POST_RELEASE_ITEMS } from '../../shared/logic/firstDays.js';
import { openStore } from '../../server/store/open.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, tempDataDir } from '../support/server.js';
import { messageText, startSmtp, type TestSmtp } from '../support/smtp.js';
import { ReminderRuns } from './reminderSupport.js';

const RELEASE = '2031-03-03';
const PRIYA = 'priya.shah@probation.example.test';
const SAM = 'sam.okafor@probation.example.test';

let smtp: TestSmtp | null = null;
const runs = new ReminderRuns(() => smtp!);
afterEach(() => runs.kill());
afterAll(async () => {
  await smtp?.close();
});

const priya = { username: 'probation', address: PRIYA, kinds: (kind: string) => kind === 'first-days' };

describe('the first days after release, between meetings', () => {
  it('tells the lead practitioner once on day 1 that day-of-release items are still open, never again across a restart or on day 2', async () => {
    smtp = await startSmtp();
    const dataDir = await tempDataDir();

    // Set-up with reminders off: addresses for Priya (the lead practitioner) and Sam (the lead agency's chair); two people
    // released on RELEASE, one with every item of the first days confirmed on the person page.
    const first = await runs.start(dataDir, { REMINDER_INTERVAL_MS: '0' });
    const admin = await loginAs(first.url, 'admin', PASSWORD);
    const users = (await admin.get('/api/users?limit=100')).body.items as { _id: string; username: string }[];
    for (const [username, email] of [
      ['probation', PRIYA],
      ['chair', SAM],
    ])
      expect((await admin.patch(`/api/users/${users.find((u) => u.username === username)!._id}`, { email })).status).toBe(200);
    const probation = await loginAs(first.url, 'probation', PASSWORD);
    const base = { custodyStatus: 'on-licence', releaseDate: RELEASE, leadPractitioner: 'Priya Shah' };
    const open = await probation.post('/api/people', { ...base, name: 'Morgan Openitems', caseReference: 'FD-N-1' });
    const done = await probation.post('/api/people', { ...base, name: 'Dana Alldone', caseReference: 'FD-N-2' });
    expect([open.status, done.status]).toEqual([201, 201]);
    for (const key of POST_RELEASE_ITEMS) expect((await probation.put(`/api/people/${done.body._id}/first-days/${key}`, { state: 'confirmed' })).status).toBe(200);
    await runs.stop(first);

    // Release day itself: nothing yet (the room's day-of-release flag covers it).
    expect(await runs.runAsOf(dataDir, RELEASE, { ...priya, notifications: 0, emails: 0 })).toEqual([]);

    // Day 1: one notice about the open case, in the app and by e-mail, naming the case by its reference only.
    const day1 = await runs.runAsOf(dataDir, '2031-03-04', { ...priya, notifications: 1, emails: 1 });
    expect(day1).toHaveLength(1);
    expect(day1[0]).toMatchObject({ kind: 'first-days', title: 'Day-of-release items still open after a release', link: `/people/${open.body._id}` });
    const labels = DAY_OF_RELEASE.filter(({ key }) => POST_RELEASE_ITEMS.includes(key)).map(({ label }) => label);
    expect(day1[0].body).toBe(
      `Case FD-N-1 was released 1 day ago (release date 3 March 2031). Still not confirmed: ${labels.join(', ')}. Confirm each one, or mark it not needed, on the person's page in Roundtable.`,
    );
    const [mail] = smtp.received.filter((m) => m.to.includes(PRIYA));
    // A long subject is folded over two header lines.
    expect(mail.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/Subject: OFFICIAL-SENSITIVE: Day-of-release items still open after a release/);
    expect(messageText(mail.raw)).toContain('Case FD-N-1');
    expect(messageText(mail.raw)).not.toMatch(/Morgan|Openitems|FD-N-2/);

    // Restarted the same day, then day 2: nothing more.
    expect(await runs.runAsOf(dataDir, '2031-03-04', { ...priya, notifications: 1, emails: 1 })).toHaveLength(1);
    expect(await runs.runAsOf(dataDir, '2031-03-05', { ...priya, notifications: 1, emails: 1 })).toHaveLength(1);

    // Exactly one e-mail, to the lead practitioner only (not the lead agency's chair), and the outbox holds just it, sent.
    expect(smtp.received.filter((m) => m.to.includes(PRIYA))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(SAM))).toHaveLength(0);
    const store = await openStore({ dataDir });
    try {
      const emails = await store.collection('emails').find({ kind: 'notification' });
      expect(emails.map((e) => [e.to, e.state])).toEqual([[PRIYA, 'sent']]);
      const notices = await store.collection('notifications').find({ kind: 'first-days' });
      expect(notices.map((n) => n.personId)).toEqual([open.body._id]);
    } finally {
      await store.close();
    }
  }, 600_000);
});
