// Release-date changes as events (issue 11 §2), on a real server with a real SMTP server: moving a release date tells
// every member of every agency on the case team and every owner of an open action about the person, exactly once in
// the app and once by e-mail (a repeated request and a restart add nothing); a member of another agency cannot move
// it and nothing is sent; release-relative due dates move and keep the date before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChronologyEntry } from '../../shared/domain/chronology.js';
import type { PersonEvent } from '../../shared/domain/personEvents.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { waitFor } from '../close/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { messageText, startSmtp, type TestSmtp } from '../support/smtp.js';
import type { TrackedAction } from '../../shared/domain/actions.js';

let smtp: TestSmtp;
let server: TestServer;
let dataDir: string;
const agency: Record<string, string> = {};
const users: Record<string, { _id: string; email: string }> = {};
let personId: string;
let lead: ApiClient;
const CASE_REFERENCE = 'X765401';
const NAME = 'Robin Example-Testcase';
const oldRelease = addDays(new Date().toISOString().slice(0, 10), 20);
const newRelease = addDays(oldRelease, -1);

function start(dir?: string) {
  return startTestServer({
    ...(dir ? { dataDir: dir } : {}),
    smtp: { host: '127.0.0.1', port: smtp.port, secure: false, allowPlaintext: true, from: 'Roundtable <roundtable@example.test>' },
    mail: { pollIntervalMs: 50, maxAttempts: 3, retryBaseMs: 50 },
  });
}

const notificationsOf = () => server.store.collection('notifications').find({ kind: 'release-change' });
const notificationEmails = async () => (await server.store.collection('emails').find({})).filter((e) => e.kind === 'notification');

beforeAll(async () => {
  smtp = await startSmtp();
  server = await start();
  dataDir = server.dataDir;
  const all = await server.store.collection('agencies').find({});
  for (const a of all) agency[a.name] = a._id;
  // People with addresses, so their e-mails can be counted; the demo's own users (no address) are told in the app only.
  const make = async (username: string, displayName: string, agencyName: string) => {
    const email = `${username}@example.test`;
    const u = await server.services.users.create({ username, displayName, agencyId: agency[agencyName], role: 'member', password: PASSWORD, email });
    users[username] = { _id: u._id, email };
  };
  await make('rc-probation', 'Lead Officer', 'Probation Service');
  await make('rc-housing1', 'Housing One', 'Local Authority Housing');
  await make('rc-housing2', 'Housing Two', 'Local Authority Housing');
  await make('rc-dwp-owner', 'Dee Walker', 'DWP / Jobcentre Plus');
  await make('rc-dwp-other', 'Dwp Other', 'DWP / Jobcentre Plus');
  await make('rc-mh1', 'Mental Health One', 'Mental Health (NHS)');
  await make('rc-mh2', 'Mental Health Two', 'Mental Health (NHS)');
  await make('rc-police', 'Police Outsider', 'Police IOM Team');

  lead = await loginAs(server.url, 'rc-probation', PASSWORD);
  const created = await lead.post('/api/people', {
    name: NAME,
    caseReference: CASE_REFERENCE,
    custodyStatus: 'sentenced',
    releaseDate: oldRelease,
    leadAgencyId: agency['Probation Service'],
    caseTeamAgencyIds: [agency['Local Authority Housing']],
  });
  expect(created.status).toBe(201);
  personId = created.body._id;

  // Tracked actions about the person (as a meeting's close creates them): two due relative to release, one on a fixed
  // date, one relative but done; owned by DWP (a named user), mental health (an owner who is no user) and housing.
  const base = { meetingId: 'm-earlier', panelId: 'p-earlier', meetingTitle: 'Earlier panel', meetingStartsAt: '2026-01-05T10:00:00.000Z', personId, progressNotes: [], createdAt: '2026-01-05T12:00:00.000Z' };
  const tracked: TrackedAction[] = [
    { ...base, _id: 'rc-a1', liveId: 'a1', text: 'Book benefits appointment', agencyId: agency['DWP / Jobcentre Plus'], owner: 'Dee Walker', dueDate: addDays(oldRelease, -2), dueRelativeDays: -2, status: 'open' },
    { ...base, _id: 'rc-a2', liveId: 'a2', text: 'Bridging prescription', agencyId: agency['Mental Health (NHS)'], owner: 'Reception desk', dueDate: oldRelease, dueRelativeDays: 0, status: 'in-progress' },
    { ...base, _id: 'rc-a3', liveId: 'a3', text: 'Fixed-date housing review', agencyId: agency['Local Authority Housing'], dueDate: '2027-02-01', status: 'open' },
    { ...base, _id: 'rc-a4', liveId: 'a4', text: 'Done already', agencyId: agency['Police IOM Team'], dueDate: addDays(oldRelease, 1), dueRelativeDays: 1, status: 'done' },
  ];
  await server.store.collection('actions').insertMany(tracked);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
});

/** Every member of the case team's agencies, the named DWP owner and every mental-health member (their owner is no user). */
async function expectedRecipients(): Promise<string[]> {
  const all = await server.store.collection('users').find({});
  const team = new Set([agency['Probation Service'], agency['Local Authority Housing'], agency['Mental Health (NHS)']]);
  return [...all.filter((u) => team.has(u.agencyId) && !u.disabled && u.role !== 'guest').map((u) => u._id), users['rc-dwp-owner']._id].sort();
}

const change = { releaseDate: newRelease, type: 'friday-release-brought-forward', reason: 'Release falls on a Friday; brought forward to Thursday.', source: 'Prison OMU' };

describe('who may move a release date', () => {
  it('refuses a member of another agency and a case-team member who is not the lead, and sends nothing', async () => {
    const police = await loginAs(server.url, 'rc-police', PASSWORD);
    const refused = await police.post(`/api/people/${personId}/release-changes`, change);
    expect(refused.status).toBe(403);
    const housing = await loginAs(server.url, 'rc-housing1', PASSWORD);
    const alsoRefused = await housing.post(`/api/people/${personId}/release-changes`, change);
    expect(alsoRefused.status).toBe(403);
    expect(alsoRefused.body.error).toContain('lead agency');
    // Nor silently through the person edit.
    expect((await housing.patch(`/api/people/${personId}`, { releaseDate: newRelease })).status).toBe(403);
    const silent = await lead.patch(`/api/people/${personId}`, { releaseDate: newRelease });
    expect(silent.status).toBe(400);
    expect(silent.body.error).toContain('release-changes');
    expect((await lead.get(`/api/people/${personId}`)).body.releaseDate).toBe(oldRelease);
    expect(await notificationsOf()).toHaveLength(0);
    expect(await notificationEmails()).toHaveLength(0);
    expect((await server.store.collection('personEvents').find({ personId })).length).toBe(0);
  });

  it('asks for the type, reason and source, with clear messages', async () => {
    const res = await lead.post(`/api/people/${personId}/release-changes`, { releaseDate: newRelease });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/type of change/);
    expect(res.body.error).toMatch(/reason/);
    expect(res.body.error).toMatch(/source/);
    expect((await lead.post(`/api/people/${personId}/release-changes`, { ...change, releaseDate: '2026-02-30' })).status).toBe(400);
  });
});

describe('moving a release date', () => {
  it('tells every case-team member and every action owner exactly once, in the app and by e-mail', async () => {
    const moved = await lead.post(`/api/people/${personId}/release-changes`, change);
    expect(moved.status).toBe(201);
    const expected = await expectedRecipients();
    expect(moved.body.notified).toBe(expected.length);
    const [event] = moved.body.events as PersonEvent[];
    expect(event).toMatchObject({ field: 'releaseDate', old: oldRelease, new: newRelease, type: 'friday-release-brought-forward', source: 'Prison OMU', by: users['rc-probation']._id });

    // In the app: one notification per person told, no one else.
    const notes = await notificationsOf();
    expect(notes.map((n) => n.userId).sort()).toEqual(expected);
    // By e-mail: exactly one message to each address among them, none to anyone else (police, the other DWP member).
    const addressed = Object.entries(users).filter(([, u]) => expected.includes(u._id));
    await waitFor('the e-mails delivered', async () => smtp.received.length >= addressed.length);
    for (const [name, u] of addressed) expect(smtp.received.filter((m) => m.to.includes(u.email)), name).toHaveLength(1);
    expect(smtp.received).toHaveLength(addressed.length);
    expect(smtp.received.some((m) => m.to.includes(users['rc-police'].email) || m.to.includes(users['rc-dwp-other'].email))).toBe(false);
    // The subject carries no personal data; the body names the person by case reference only.
    const raw = smtp.received[0].raw;
    const subject = /^Subject: (.*)$/m.exec(raw)![1];
    expect(subject).toBe('OFFICIAL-SENSITIVE: A release date has changed');
    const text = messageText(raw);
    expect(text).toContain(`Case ${CASE_REFERENCE}`);
    expect(text).not.toContain(NAME);
    expect(text).not.toContain('Robin');

    // The unread count and the list, for one of them.
    const dwp = await loginAs(server.url, 'rc-dwp-owner', PASSWORD);
    expect((await dwp.get('/api/notifications/unread-count')).body).toEqual({ count: 1 });
    const list = await dwp.get('/api/notifications');
    expect(list.body.items[0]).toMatchObject({ kind: 'release-change', title: 'A release date has changed', link: `/people/${personId}` });
    expect((await dwp.post('/api/notifications/read', { ids: [list.body.items[0]._id] })).body).toEqual({ marked: 1 });
    expect((await dwp.get('/api/notifications/unread-count')).body).toEqual({ count: 0 });
    // Someone else's notification cannot be marked read by this user.
    const other = notes.find((n) => n.userId !== users['rc-dwp-owner']._id)!;
    expect((await dwp.post('/api/notifications/read', { ids: [other._id] })).body).toEqual({ marked: 0 });
    expect((await dwp.post('/api/notifications/read', { ids: [] })).status).toBe(400);

    // The audit has the old and new values.
    const audit = await server.services.audit.search({ action: 'person.release-change', targetId: personId }, { limit: 5 });
    expect(audit.items[0].details).toMatchObject({ changes: [{ field: 'releaseDate', old: oldRelease, new: newRelease }], type: 'friday-release-brought-forward' });
  });

  it('moves release-relative due dates and keeps the date before', async () => {
    const stored = new Map((await server.store.collection('actions').find({ personId })).map((a) => [a._id, a]));
    expect(stored.get('rc-a1')).toMatchObject({ dueDate: addDays(newRelease, -2), previousDueDate: addDays(oldRelease, -2) });
    expect(stored.get('rc-a2')).toMatchObject({ dueDate: newRelease, previousDueDate: oldRelease });
    expect(stored.get('rc-a3')).toMatchObject({ dueDate: '2027-02-01' });
    expect(stored.get('rc-a3')!.previousDueDate).toBeUndefined();
    // A done action stays as it was.
    expect(stored.get('rc-a4')).toMatchObject({ dueDate: addDays(oldRelease, 1) });
    // The owning agency's list of open actions shows the new date and the old.
    const dwp = await loginAs(server.url, 'rc-dwp-owner', PASSWORD);
    const listed = (await dwp.get(`/api/actions?personId=${personId}`)).body.items as { id: string; dueDate: string; previousDueDate?: string }[];
    expect(listed.find((a) => a.id === 'rc-a1')).toMatchObject({ dueDate: addDays(newRelease, -2), previousDueDate: addDays(oldRelease, -2) });
    // The person's change history records what moved.
    const history = (await lead.get(`/api/people/${personId}/release-changes`)).body.items as PersonEvent[];
    expect(history[0].movedActions!.map((m) => m.actionId).sort()).toEqual(['rc-a1', 'rc-a2']);
  });

  it('adds nothing on a repeated request or a restart', async () => {
    const notesBefore = (await notificationsOf()).length;
    const emailsBefore = (await notificationEmails()).length;
    const again = await lead.post(`/api/people/${personId}/release-changes`, change);
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('already');
    expect(await notificationsOf()).toHaveLength(notesBefore);
    expect(await notificationEmails()).toHaveLength(emailsBefore);

    // A change stored but not yet applied or told when the process stopped is finished once at the next start.
    const receivedBefore = smtp.received.length;
    await server.stop();
    server = await start(dataDir);
    await waitFor('every queued e-mail sent', async () => (await notificationEmails()).every((e) => e.state === 'sent'));
    expect(await notificationsOf()).toHaveLength(notesBefore);
    expect(smtp.received).toHaveLength(receivedBefore);
    expect((await server.store.collection('personEvents').find({ personId })).every((e) => e.notifiedAt)).toBe(true);
  });

  it('finishes a change interrupted before anyone was told, exactly once, at the next start', async () => {
    const later = addDays(newRelease, 7);
    const at = new Date().toISOString();
    await server.store.collection('personEvents').insertOne({
      _id: 'rc-interrupted',
      personId,
      kind: 'release-change',
      changeId: 'rc-change-2',
      field: 'releaseDate',
      old: newRelease,
      new: later,
      type: 'release-postponed',
      reason: 'Adjudication added days.',
      source: 'Prison OMU',
      by: users['rc-probation']._id,
      byName: 'Lead Officer',
      byAgencyId: agency['Probation Service'],
      at,
      movedActions: [{ actionId: 'rc-a1', from: addDays(newRelease, -2), to: addDays(later, -2) }],
    });
    const receivedBefore = smtp.received.length;
    await server.stop();
    server = await start(dataDir);
    const expected = await expectedRecipients();
    await waitFor('the interrupted change told', async () => (await server.store.collection('notifications').count({ key: 'release-change:rc-change-2' })) === expected.length);
    const person = await server.store.collection('people').findOne({ _id: personId });
    expect(person!.releaseDate).toBe(later);
    expect((await server.store.collection('actions').findOne({ _id: 'rc-a1' }))!.dueDate).toBe(addDays(later, -2));
    const addressed = Object.values(users).filter((u) => expected.includes(u._id)).length;
    await waitFor('its e-mails delivered', async () => smtp.received.length >= receivedBefore + addressed);
    // Once more: nothing is left to finish, nothing is sent again.
    await server.stop();
    server = await start(dataDir);
    await waitFor('every queued e-mail sent', async () => (await notificationEmails()).every((e) => e.state === 'sent'));
    expect(await server.store.collection('notifications').count({ key: 'release-change:rc-change-2' })).toBe(expected.length);
    expect(smtp.received).toHaveLength(receivedBefore + addressed);
  });
});

describe('a custody-status change (not a date change)', () => {
  it('tells every case-team member and action owner exactly once, and appears in the chronology', async () => {
    // The server restarted above, on a new port: sign in again.
    const lead = await loginAs(server.url, 'rc-probation', PASSWORD);
    const expected = await expectedRecipients();
    const receivedBefore = smtp.received.length;
    const ual = { custodyStatus: 'unlawfully-at-large', type: 'other', reason: 'Failed to return from day release.', source: 'Police' };
    const recorded = await lead.post(`/api/people/${personId}/release-changes`, ual);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const events = recorded.body.events as PersonEvent[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ field: 'custodyStatus', old: 'sentenced', new: 'unlawfully-at-large', type: 'other', source: 'Police' });
    expect(recorded.body.notified).toBe(expected.length);

    // In the app: one notification per person told, under this change's key.
    const key = `release-change:${events[0].changeId}`;
    const told = await server.store.collection('notifications').find({ key });
    expect(told.map((n) => n.userId).sort()).toEqual(expected);
    expect(new Set(told.map((n) => n.title))).toEqual(new Set(['A custody status has changed']));
    expect(told[0].body).toContain('Custody status: was sentenced (in custody), now unlawfully at large.');
    // By e-mail: exactly one more message to each address among them.
    const addressed = Object.entries(users).filter(([, u]) => expected.includes(u._id));
    await waitFor('the e-mails delivered', async () => smtp.received.length >= receivedBefore + addressed.length);
    const fresh = smtp.received.slice(receivedBefore);
    for (const [name, u] of addressed) expect(fresh.filter((m) => m.to.includes(u.email)), name).toHaveLength(1);
    expect(fresh).toHaveLength(addressed.length);
    expect(fresh.every((m) => /^Subject: OFFICIAL-SENSITIVE: A custody status has changed$/m.test(m.raw))).toBe(true);

    // The same status again changes nothing and tells nobody.
    const again = await lead.post(`/api/people/${personId}/release-changes`, ual);
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('Nothing to change: the custody status is already unlawfully at large');
    await waitFor('every queued e-mail sent', async () => (await notificationEmails()).every((e) => e.state === 'sent'));
    expect(await server.store.collection('notifications').count({ key })).toBe(expected.length);
    expect(smtp.received).toHaveLength(receivedBefore + addressed.length);

    // The chronology of a case-team member lists the change with its type, reason and who, and the notification sent to them.
    const housing = await loginAs(server.url, 'rc-housing1', PASSWORD);
    const entries = (await housing.get(`/api/people/${personId}/chronology`)).body.entries as ChronologyEntry[];
    const change = entries.find((e) => e.id === `release:${events[0]._id}`);
    expect(change).toMatchObject({ kind: 'release', title: 'Custody status changed from sentenced (in custody) to unlawfully at large', by: 'Lead Officer' });
    expect(change!.detail).toContain('Other. Failed to return from day release. Source: Police');
    expect(change!.detail).toContain(`${expected.length} people told in the app and by e-mail`);
    const notice = entries.filter((e) => e.kind === 'notification' && e.title === 'Notification sent to you: A custody status has changed');
    expect(notice).toHaveLength(1);
  });
});
