// Risk levels change only with a reason (REST refuses an empty one, Yjs refuses any client write to the levels),
// and the person's chronology then shows the change with who, when and why; the chronology is refused to users
// outside the case and filtered entry by entry (a case item closed to an agency hides its risk levels and
// decisions from that agency, while its own action stays visible to it). A real server, real HTTP and Yjs clients.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ChronologyEntry } from '../../shared/domain/chronology.js';
import { ukDate } from '../../shared/format.js';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { openRawClient, updateOf } from '../live/rawClient.js';
import { connectDoc, waitFor, type DocClient } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const REASON = 'Threats to a neighbour during home leave; police intelligence of 20 November';
const DECISION = 'Refer to MAPPA level 3 screening';

let server: TestServer;
let chair: ApiClient;
let probation: ApiClient;
let housing: ApiClient;
let police: ApiClient;
let observer: ApiClient;
let outsider: ApiClient;
let meetingId: string;
let daniel: string;
let danielItem: string;
const opened: DocClient[] = [];

const levelOf = (group: string) =>
  server.services.documents.read(caseDocName(meetingId, daniel), (doc) => (doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).get(group));

async function chronologyOf(client: ApiClient, personId = daniel) {
  return client.get<{ personId: string; entries: ChronologyEntry[] }>(`/api/people/${personId}/chronology`);
}

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  const item = server.demo.meeting.agenda.find((i) => i.personId)!;
  daniel = item.personId!;
  danielItem = item.id;
  [chair, probation, housing, police, observer] = await Promise.all(
    ['chair', 'probation', 'housing', 'police', 'observer'].map((name) => loginAs(server.url, name, PASSWORD)),
  );
  // Someone from an agency that is not on the case team and attends no meeting about the person.
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  const agency = await admin.post('/api/agencies', { name: "Children's Social Care", contactEmail: 'csc@example.test' });
  expect(agency.status).toBe(201);
  const user = await admin.post('/api/users', { username: 'outsider', displayName: 'Olu Outsider', agencyId: agency.body._id, role: 'member', password: PASSWORD });
  expect(user.status).toBe(201);
  outsider = await loginAs(server.url, 'outsider', PASSWORD);
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
}, 120_000);
afterAll(async () => {
  for (const client of opened) client.destroy();
  await server?.stop();
});

describe('changing a risk level', () => {
  it('is refused without a reason, over REST and over Yjs, and the level stays as it was', async () => {
    const url = `/api/meetings/${meetingId}/people/${daniel}/risk-levels`;
    const missing = await chair.post(url, { group: 'public', level: 'high' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toContain('Enter why the risk level is changing');
    const blank = await chair.post(url, { group: 'public', level: 'high', reason: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.error).toContain('Enter why the risk level is changing');
    expect((await chair.post(url, { group: 'public', level: 'extreme', reason: 'x' })).status).toBe(400);
    expect((await chair.post(url, { group: 'pets', level: 'high', reason: 'x' })).status).toBe(400);
    // Observers read only, even with a reason.
    expect((await observer.post(url, { group: 'public', level: 'high', reason: REASON })).status).toBe(403);
    expect(await levelOf('public')).toBe('');

    // A live client writing the level directly (no reason possible) is refused and its socket closed.
    const docName = caseDocName(meetingId, daniel);
    const member = connectDoc(server.url, housing.cookie, docName);
    opened.push(member);
    await member.synced;
    const raw = openRawClient(server.url, housing.cookie, docName);
    await raw.ready;
    raw.sendUpdate(updateOf(member.doc, (doc) => (doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).set('public', 'very-high')));
    expect((await raw.closed).code).toBe(4400);
    expect(await levelOf('public')).toBe('');
    // The positive control: the same member may still write the assessment's text.
    (member.doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text).insert(0, 'Violence towards neighbours');
    await waitFor(() => server.services.documents.read(docName, (doc) => (doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text).toString().includes('Violence')));
  });

  it('with a reason changes the level live and appears in the chronology with who, when and why', async () => {
    const before = new Date().toISOString();
    const docName = caseDocName(meetingId, daniel);
    const watcher = connectDoc(server.url, police.cookie, docName);
    opened.push(watcher);
    await watcher.synced;

    const changed = await housing.post(`/api/meetings/${meetingId}/people/${daniel}/risk-levels`, { group: 'public', level: 'high', reason: REASON });
    expect(changed.status, JSON.stringify(changed.body)).toBe(201);
    expect(changed.body).toMatchObject({ group: 'public', from: '', to: 'high', reason: REASON, by: server.demo.users.housing._id });
    expect(await levelOf('public')).toBe('high');
    // Everyone in the room sees the new level at once.
    await waitFor(() => (watcher.doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).get('public') === 'high');
    // The same level again is not a change.
    expect((await housing.post(`/api/meetings/${meetingId}/people/${daniel}/risk-levels`, { group: 'public', level: 'high', reason: REASON })).status).toBe(409);

    const chronology = await chronologyOf(probation);
    expect(chronology.status).toBe(200);
    const entry = chronology.body.entries.find((e) => e.kind === 'risk');
    expect(entry).toBeDefined();
    expect(entry!.title).toBe('Risk to public changed from Not assessed to High');
    expect(entry!.detail).toBe(REASON);
    expect(entry!.by).toMatch(/^Helen Marsh \(Housing Options\) \(.+\)$/);
    expect(entry!.at >= before && entry!.at <= new Date().toISOString()).toBe(true);
    expect(entry!.meeting).toEqual({ id: meetingId, title: server.demo.meeting.title });

    const audit = await server.services.audit.search({ action: 'risk-level.change', targetId: daniel }, { limit: 10 });
    expect(audit.total).toBe(1);
    // The audit names the change, never the reason's words.
    expect(JSON.stringify(audit.items)).not.toContain('neighbour');
  });
});

describe('release-date changes and notifications in the chronology', () => {
  it('lists a recorded release-date change with its type, reason and who, and the notification sent to the reader', async () => {
    const person = (await probation.get(`/api/people/${daniel}`)).body as { releaseDate: string };
    const newDate = new Date(Date.parse(`${person.releaseDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const recorded = await probation.post(`/api/people/${daniel}/release-changes`, {
      releaseDate: newDate,
      type: 'friday-release-brought-forward',
      reason: 'Release falls on a Friday',
      source: 'Prison offender management unit',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const chronology = await chronologyOf(housing);
    const release = chronology.body.entries.find((e) => e.kind === 'release');
    expect(release).toMatchObject({ title: expect.stringMatching(/^Release date changed from .+ to .+$/), by: expect.stringContaining('Priya Shah') });
    expect(release!.detail).toContain('Friday release brought forward');
    expect(release!.detail).toContain('Release falls on a Friday');
    // Housing is on the case team, so it was told: the chronology lists the notification sent to this reader only.
    const told = chronology.body.entries.filter((e) => e.kind === 'notification');
    expect(told.length).toBe(1);
    expect(told[0].title).toMatch(/^Notification sent to you: /);
  });
});

describe('who sees the chronology', () => {
  it('refuses it to a user outside the case team and its meetings, and answers 404 for no such person', async () => {
    const refused = await chronologyOf(outsider);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('neighbour');
    expect((await chronologyOf(chair, 'no-such-person')).status).toBe(404);
    // The positive control: the lead agency's practitioner sees it.
    const allowed = await chronologyOf(probation);
    expect(allowed.status).toBe(200);
    expect(JSON.stringify(allowed.body)).toContain('neighbour');
  });

  it('hides risk levels and decisions of a case item closed to an agency, but shows that agency its own action', async () => {
    // A decision recorded live by the chair, and an action for housing about Daniel.
    const docName = caseDocName(meetingId, daniel);
    const chairDoc = connectDoc(server.url, chair.cookie, docName);
    opened.push(chairDoc);
    await chairDoc.synced;
    chairDoc.doc.transact(() => {
      const decision = new Y.Map<unknown>();
      chairDoc.doc.getMap(CASE.decisions).set('decision-1', decision);
      decision.set('itemId', danielItem);
      decision.set('personId', daniel);
      decision.set('text', new Y.Text(DECISION));
      decision.set('rationale', new Y.Text('Escalating risk to the public'));
      decision.set('agencyIds', []);
    });
    await waitFor(() => server.services.documents.read(docName, (doc) => doc.getMap(CASE.decisions).has('decision-1')));
    const action = await chair.post(`/api/meetings/${meetingId}/actions`, {
      text: 'Find approved premises away from the neighbour',
      agencyId: server.demo.users.housing.agencyId,
      owner: 'Helen Marsh',
      personId: daniel,
      dueDate: '2031-01-15',
    });
    expect(action.status).toBe(201);

    // Only police take part in Daniel's item from now on.
    const restricted = await chair.put(`/api/meetings/${meetingId}/items/${danielItem}/agencies`, { agencyIds: [server.demo.users.police.agencyId] });
    expect(restricted.status, JSON.stringify(restricted.body)).toBe(200);
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    // A closed meeting's levels stay as they were closed.
    const late = await chair.post(`/api/meetings/${meetingId}/people/${daniel}/risk-levels`, { group: 'self', level: 'low', reason: REASON });
    expect(late.status).toBe(409);

    const forHousing = await chronologyOf(housing);
    expect(forHousing.status).toBe(200);
    const housingText = JSON.stringify(forHousing.body);
    expect(forHousing.body.entries.some((e) => e.kind === 'risk')).toBe(false);
    expect(housingText).not.toContain('neighbour during home leave');
    expect(housingText).not.toContain(DECISION);
    const housingAction = forHousing.body.entries.find((e) => e.kind === 'action');
    expect(housingAction?.title).toBe('Action: Find approved premises away from the neighbour');
    // What became of it: its owner, due date and status, then the latest progress note once housing records one.
    expect(housingAction?.detail).toBe('Owner: Helen Marsh, Housing; due 15 Jan 2031; now open');
    const trackedId = housingAction!.id.replace(/^action:/, '');
    const updated = await housing.patch(`/api/actions/${trackedId}`, { status: 'done', progressNote: 'Room booked at Northgate approved premises' });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const outcome = (await chronologyOf(housing)).body.entries.find((e) => e.id === housingAction!.id);
    expect(outcome?.detail).toBe(`Owner: Helen Marsh, Housing; due 15 Jan 2031; now done; latest note (${ukDate(ukToday())}): Room booked at Northgate approved premises`);
    expect(forHousing.body.entries.find((e) => e.kind === 'meeting')?.title).toBe(`Discussed at ${server.demo.meeting.title}`);

    // Police take part: the risk change, the decision, the meeting; the chair too. Newest first.
    const forPolice = await chronologyOf(police);
    expect(forPolice.body.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['risk', 'decision', 'meeting']));
    expect(forPolice.body.entries.find((e) => e.kind === 'decision')).toMatchObject({ title: `Decision: ${DECISION}`, detail: 'Rationale: Escalating risk to the public' });
    const forChair = await chronologyOf(chair);
    expect(forChair.body.entries.map((e) => e.kind)).toEqual(expect.arrayContaining(['risk', 'decision', 'meeting', 'action']));
    const times = forChair.body.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });
});
