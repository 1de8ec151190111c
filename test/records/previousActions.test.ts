// Previous actions in the next meeting: the open actions of the panel's earlier meeting listed per case and for the
// review item, each only to those who may see it (positive controls beside every refusal, asserted on the bytes that
// cross the wire); updated in the room with the same policy and audit as between meetings; "could not be done" kept
// with its reason until the panel decides; and the close records what was reviewed and what changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../shared/logic/dueDates.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting, type DemoIds } from '../close/support.js';

let server: TestServer;
let ids: DemoIds;
let chair: ApiClient;
let housing: ApiClient;
let police: ApiClient;
let probation: ApiClient;
let liveIds: Record<string, string>;
let second: { _id: string; agenda: { id: string; personId?: string }[] };
const today = toIsoDate(new Date());
const rid = (key: string) => `${ids.meetingId}:${liveIds[key]}`;
const idsOf = (body: { actions: { id: string }[] }) => body.actions.map((a) => a.id).sort();

beforeAll(async () => {
  server = await startTestServer();
  ids = demoIds(server.demo);
  const planned = [
    { key: 'housing-bed', body: { text: 'Book a hostel bed for Daniel', agencyId: ids.agency.housing, owner: 'Helen Marsh', personId: ids.daniel, pathway: 'accommodation', dueDate: addDays(today, 10) } },
    { key: 'probation-overdue', body: { text: 'Send the risk assessment to the hostel', agencyId: ids.agency.probation, owner: 'Priya Shah', personId: ids.daniel, dueDate: addDays(today, -3) } },
    { key: 'police-visit', body: { text: 'Kayleigh home visit after release', agencyId: ids.agency.police, owner: 'PC Dan Reeves', personId: ids.kayleigh, dueDate: addDays(today, 20) } },
    { key: 'probation-cannot', body: { text: 'Kayleigh accredited programme referral', agencyId: ids.agency.probation, owner: 'Priya Shah', personId: ids.kayleigh, dueDate: addDays(today, 5) } },
  ];
  ({ chair, liveIds } = await prepareMeeting(server.url, ids, planned));
  expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);
  housing = await loginAs(server.url, 'housing', PASSWORD);
  police = await loginAs(server.url, 'police', PASSWORD);
  probation = await loginAs(server.url, 'probation', PASSWORD);
  // Between meetings: probation could not do one, with the reason.
  const cannot = await probation.patch(`/api/actions/${rid('probation-cannot')}`, { status: 'could-not-be-done', progressNote: 'Transferred to another probation region' });
  expect(cannot.status).toBe(200);

  const users = server.demo.users;
  const created = await chair.post('/api/meetings', {
    panelId: ids.panelId,
    title: 'IOM panel: next fortnight',
    type: 'IOM',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    chairId: users.chair._id,
    attendeeIds: [users.probation._id, users.police._id, users.housing._id, users.observer._id],
    agenda: [
      { title: 'Review of previous actions', kind: 'standing' },
      { title: 'Daniel', kind: 'case', personId: ids.daniel },
      { title: 'Kayleigh', kind: 'case', personId: ids.kayleigh },
    ],
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  second = created.body;
  // Kayleigh's item is for police and probation only: housing leaves the room for it.
  const kayleighItem = second.agenda.find((i) => i.personId === ids.kayleigh)!.id;
  expect((await chair.put(`/api/meetings/${second._id}/items/${kayleighItem}/agencies`, { agencyIds: [ids.agency.police, ids.agency.probation] })).status).toBe(200);
  expect((await chair.post(`/api/meetings/${second._id}/start`)).status).toBe(200);
}, 90_000);
afterAll(() => server?.stop());

describe('previous actions in the next meeting', () => {
  it('lists each open action of the earlier meeting to the chair, per case and for the review item', async () => {
    const all = await chair.get(`/api/meetings/${second._id}/previous-actions`);
    expect(all.status).toBe(200);
    expect(idsOf(all.body)).toEqual([rid('housing-bed'), rid('probation-overdue'), rid('police-visit'), rid('probation-cannot')].sort());
    const overdue = all.body.actions.find((a: { id: string }) => a.id === rid('probation-overdue'));
    expect(overdue).toMatchObject({ overdue: true, status: 'open', owner: 'Priya Shah', agencyId: ids.agency.probation, personId: ids.daniel, meetingId: ids.meetingId });
    const daniel = await chair.get(`/api/meetings/${second._id}/previous-actions?personId=${ids.daniel}`);
    expect(idsOf(daniel.body)).toEqual([rid('housing-bed'), rid('probation-overdue')].sort());
  });

  it("shows a case's actions only to the agencies taking part in it here, and nothing of them crosses the wire", async () => {
    // Positive control: police take part in Kayleigh's item and see both of her actions (and Daniel's, open to all).
    const seenByPolice = await police.request('GET', `/api/meetings/${second._id}/previous-actions`);
    const policeText = await seenByPolice.text();
    expect(policeText).toContain('Kayleigh home visit after release');
    expect(policeText).toContain('Kayleigh accredited programme referral');
    expect(policeText).toContain('Send the risk assessment to the hostel');
    // Housing does not take part in Kayleigh's item: none of her actions, nor her name or reference, reach it.
    const seenByHousing = await housing.request('GET', `/api/meetings/${second._id}/previous-actions`);
    expect(seenByHousing.status).toBe(200);
    const housingText = await seenByHousing.text();
    expect(housingText).toContain('Book a hostel bed for Daniel');
    expect(housingText).not.toContain('Kayleigh');
    expect(housingText).not.toContain(rid('police-visit'));
    const kayleighRef = (await chair.get(`/api/people/${ids.kayleigh}`)).body.caseReference as string;
    expect(policeText).toContain(kayleighRef);
    expect(housingText).not.toContain(kayleighRef);
    const asked = await housing.get(`/api/meetings/${second._id}/previous-actions?personId=${ids.kayleigh}`);
    expect(asked.body.actions).toEqual([]);
  });

  it('refuses people outside the meeting and a malformed filter', async () => {
    const substance = await loginAs(server.url, 'substance', PASSWORD);
    expect((await substance.get(`/api/meetings/${second._id}/previous-actions`)).status).toBe(403);
    expect((await housing.get(`/api/meetings/${second._id}/previous-actions?personId=${'x'.repeat(65)}`)).status).toBe(400);
  });

  it('updates status and progress in the room through the tracked action, as between meetings, and audits it', async () => {
    const path = `/api/meetings/${second._id}/previous-actions/${rid('housing-bed')}`;
    const updated = await housing.patch(path, { status: 'in-progress', progressNote: 'Bed offered at Ashdown House' });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({ status: 'in-progress', canUpdate: true });
    expect(updated.body.changesHere).toHaveLength(1);
    // "Our open actions" shows it at once.
    const ours = await housing.get(`/api/actions/${rid('housing-bed')}`);
    expect(ours.body.status).toBe('in-progress');
    expect(ours.body.progressNotes.map((n: { text: string }) => n.text)).toEqual(['Bed offered at Ashdown House']);
    const audit = await server.services.audit.search({ action: 'action.update', targetId: rid('housing-bed') }, { limit: 10 });
    expect(audit.total).toBe(1);
    // Not the owning agency: refused (police may see the action, as it is Daniel's, but not change it); observers never.
    expect((await police.patch(path, { status: 'done' })).status).toBe(403);
    const observer = await loginAs(server.url, 'observer', PASSWORD);
    expect((await observer.patch(path, { status: 'done' })).status).toBe(403);
    // Housing cannot reach an action it may not see.
    expect((await housing.patch(`/api/meetings/${second._id}/previous-actions/${rid('police-visit')}`, { status: 'done' })).status).toBe(403);
    expect((await housing.patch(path, { status: 'finished' })).status).toBe(400);
    expect((await housing.get(`/api/actions/${rid('housing-bed')}`)).body.status).toBe('in-progress');
  });

  it('keeps "could not be done" listed with its reason until the panel decides what follows', async () => {
    const listed = (await police.get(`/api/meetings/${second._id}/previous-actions?personId=${ids.kayleigh}`)).body.actions as {
      id: string; status: string; awaitingDecision: boolean; canDecide: boolean; progressNotes: { text: string }[];
    }[];
    const cannot = listed.find((a) => a.id === rid('probation-cannot'))!;
    expect(cannot).toMatchObject({ status: 'could-not-be-done', awaitingDecision: true, canDecide: false });
    expect(cannot.progressNotes.map((n) => n.text)).toContain('Transferred to another probation region');

    const path = `/api/meetings/${second._id}/previous-actions/${rid('probation-cannot')}/decision`;
    expect((await police.post(path, { outcome: 'close', reason: 'No longer ours' })).status).toBe(403);
    const noReason = await chair.post(path, { outcome: 'close', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('Give the reason for the decision');
    expect((await chair.post(path, { outcome: 'shelve', reason: 'x' })).status).toBe(400);
    // Not waiting for a decision: refused.
    expect((await chair.post(`/api/meetings/${second._id}/previous-actions/${rid('police-visit')}/decision`, { outcome: 'close', reason: 'x' })).status).toBe(409);

    const decided = await chair.post(path, { outcome: 'close', reason: 'The new region takes it on; nothing further for this panel' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({ status: 'could-not-be-done', awaitingDecision: false, panelDecision: { outcome: 'close' } });
    // It stays in sight in this meeting until it closes.
    expect(idsOf((await chair.get(`/api/meetings/${second._id}/previous-actions`)).body)).toContain(rid('probation-cannot'));
  });

  it('records in the minutes what was reviewed and what changed; a later meeting no longer lists the decided action', async () => {
    expect((await chair.post(`/api/meetings/${second._id}/close`)).status).toBe(200);
    const minutes = await chair.get(`/api/meetings/${second._id}/minutes`);
    expect(minutes.status).toBe(200);
    const reviewed = minutes.body.record.reviewedActions as { id: string; status: string; changes: { to?: string; note?: string }[]; panelDecision?: { outcome: string; reason: string } }[];
    expect(reviewed.map((a) => a.id).sort()).toEqual([rid('housing-bed'), rid('probation-overdue'), rid('police-visit'), rid('probation-cannot')].sort());
    const bed = reviewed.find((a) => a.id === rid('housing-bed'))!;
    expect(bed.status).toBe('in-progress');
    expect(bed.changes).toEqual([expect.objectContaining({ from: 'open', to: 'in-progress', note: 'Bed offered at Ashdown House' })]);
    expect(reviewed.find((a) => a.id === rid('probation-overdue'))!.changes).toEqual([]);
    expect(reviewed.find((a) => a.id === rid('probation-cannot'))!.panelDecision).toMatchObject({ outcome: 'close', reason: 'The new region takes it on; nothing further for this panel' });
    const html = await chair.request('GET', `/api/meetings/${second._id}/minutes?format=html`);
    const page = await html.text();
    expect(page).toContain('Earlier actions reviewed');
    expect(page).toContain('Bed offered at Ashdown House');
    // The minutes are filtered per viewer: housing never sees Kayleigh's reviewed actions.
    const housingMinutes = await housing.request('GET', `/api/meetings/${second._id}/minutes`);
    const housingText = await housingMinutes.text();
    expect(housingText).toContain('Book a hostel bed for Daniel');
    expect(housingText).not.toContain('Kayleigh');

    const third = await chair.post('/api/meetings', {
      panelId: ids.panelId,
      title: 'IOM panel: the one after',
      type: 'IOM',
      startsAt: new Date(Date.now() + 15 * 86_400_000).toISOString(),
      chairId: server.demo.users.chair._id,
      agenda: [{ title: 'Kayleigh', kind: 'case', personId: ids.kayleigh }],
    });
    const later = await chair.get(`/api/meetings/${third.body._id}/previous-actions`);
    expect(idsOf(later.body)).toEqual([rid('housing-bed'), rid('probation-overdue'), rid('police-visit')].sort());
  });
});
