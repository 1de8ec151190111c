// Reminders to an action's owner, through the real server process and a real SMTP server: one in-app notification
// and one e-mail shortly before the due date; a restart (same data) sends nothing more; once overdue exactly one
// more; another restart, none more. "Today" is set per run with REMINDER_TODAY (honoured only under NODE_ENV=test).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/open.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, tempDataDir } from '../support/server.js';
import { messageText, startSmtp, type TestSmtp } from '../support/smtp.js';
import { ReminderRuns } from './reminderSupport.js';

const DUE = '2031-01-15';
const HELEN = 'helen.marsh@housing.example.test';

let smtp: TestSmtp | null = null;
const runs = new ReminderRuns(() => smtp!);
afterEach(() => runs.kill());
afterAll(async () => {
  await smtp?.close();
});

const helen = { username: 'housing', address: HELEN, kinds: (kind: string) => kind.startsWith('action-') };
const runAsOf = (dataDir: string, today: string, expected: { notifications: number; emails: number }, env: Record<string, string> = {}) =>
  runs.runAsOf(dataDir, today, { ...helen, ...expected }, env);

/** Helen gets an address; the demo meeting agrees an action for her, due on DUE, and closes (reminders off). */
async function agreeHelensAction(dataDir: string): Promise<void> {
  const first = await runs.start(dataDir, { REMINDER_INTERVAL_MS: '0' });
  const admin = await loginAs(first.url, 'admin', PASSWORD);
  const users = (await admin.get('/api/users?limit=100')).body.items as { _id: string; username: string }[];
  const helenUser = users.find((u) => u.username === 'housing')!;
  expect((await admin.patch(`/api/users/${helenUser._id}`, { email: HELEN })).status).toBe(200);
  const chair: ApiClient = await loginAs(first.url, 'chair', PASSWORD);
  const meetings = (await chair.get('/api/meetings?limit=50')).body.items as { _id: string; agenda: { personId?: string }[] }[];
  const meeting = meetings[0];
  const personId = meeting.agenda.find((i) => i.personId)!.personId!;
  expect((await chair.post(`/api/meetings/${meeting._id}/start`)).status).toBe(200);
  const housingAgency = (await admin.get(`/api/users/${helenUser._id}`)).body.agencyId as string;
  const action = await chair.post(`/api/meetings/${meeting._id}/actions`, {
    text: 'Book first-night accommodation',
    agencyId: housingAgency,
    owner: 'Helen Marsh',
    personId,
    dueDate: DUE,
  });
  expect(action.status, JSON.stringify(action.body)).toBe(201);
  expect((await chair.post(`/api/meetings/${meeting._id}/close`)).status).toBe(200);
  await runs.stop(first);
}

describe('reminders', () => {
  it('reminds the owner once before the due date and once when overdue, never twice across restarts', async () => {
    smtp ??= await startSmtp();
    const dataDir = await tempDataDir();

    // Set-up with reminders off: Helen gets an address; the demo meeting agrees an action for her and closes.
    await agreeHelensAction(dataDir);
    expect(smtp.received.filter((m) => m.to.includes(HELEN))).toHaveLength(0);

    // Two days before: one reminder, in the app and by e-mail.
    const before = await runAsOf(dataDir, '2031-01-13', { notifications: 1, emails: 1 });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ kind: 'action-reminder', title: 'Action due 15 Jan 2031' });
    expect(before[0].body).toContain('case X123401');
    expect(before[0].body).not.toContain('Daniel');
    const [mail] = smtp.received.filter((m) => m.to.includes(HELEN));
    expect(mail.raw).toMatch(/Subject: OFFICIAL-SENSITIVE: Action due 15 Jan 2031/);
    expect(messageText(mail.raw)).not.toContain('Daniel');

    // Restarted, still before the due date: nothing more.
    const again = await runAsOf(dataDir, '2031-01-14', { notifications: 1, emails: 1 });
    expect(again).toHaveLength(1);

    // Overdue: exactly one more.
    const overdue = await runAsOf(dataDir, '2031-01-16', { notifications: 2, emails: 2 });
    expect(overdue).toHaveLength(2);
    expect(overdue.map((n) => n.kind).sort()).toEqual(['action-overdue', 'action-reminder']);
    expect(overdue.find((n) => n.kind === 'action-overdue')!.title).toBe('Action overdue: it was due 15 Jan 2031');

    // Restarted, still overdue: none more.
    const still = await runAsOf(dataDir, '2031-01-17', { notifications: 2, emails: 2 });
    expect(still).toHaveLength(2);

    // Exactly two e-mails reached the owner, and the stored outbox holds exactly two, both sent.
    expect(smtp.received.filter((m) => m.to.includes(HELEN))).toHaveLength(2);
    const store = await openStore({ dataDir });
    try {
      const emails = await store.collection('emails').find({ kind: 'notification' });
      expect(emails.filter((e) => e.to === HELEN).map((e) => e.state)).toEqual(['sent', 'sent']);
    } finally {
      await store.close();
    }
  }, 600_000);
});

describe('REMINDER_DAYS_BEFORE', () => {
  it('moves when the reminder before the due date goes: five days before with 5, not with the default 2', async () => {
    smtp ??= await startSmtp();
    const dataDir = await tempDataDir();
    await agreeHelensAction(dataDir);
    const emailsBefore = smtp.received.filter((m) => m.to.includes(HELEN)).length;
    // Five days before the due date with the default (2 days): two sweeps, nothing.
    expect(await runAsOf(dataDir, '2031-01-10', { notifications: 0, emails: emailsBefore })).toEqual([]);
    // The same day with REMINDER_DAYS_BEFORE=5: the reminder goes, once.
    const early = await runAsOf(dataDir, '2031-01-10', { notifications: 1, emails: emailsBefore + 1 }, { REMINDER_DAYS_BEFORE: '5' });
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ kind: 'action-reminder', title: 'Action due 15 Jan 2031' });
    // Two days before, with the default again: already reminded for this due date, so nothing more.
    expect(await runAsOf(dataDir, '2031-01-13', { notifications: 1, emails: emailsBefore + 1 })).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(HELEN))).toHaveLength(emailsBefore + 1);
  }, 600_000);
});
