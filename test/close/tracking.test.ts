// Between meetings: "our open actions", status updates with progress notes (audited), 'could not be
// done' distinct from 'not done', overdue flags, carry-over and the next meeting's proposed agenda.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../shared/logic/dueDates.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting, plannedActions, type DemoIds } from './support.js';

let server: TestServer;
let ids: DemoIds;
let chair: ApiClient;
let housing: ApiClient;
let probation: ApiClient;
let liveIds: Record<string, string>;
const today = toIsoDate(new Date());
const rid = (key: string) => `${ids.meetingId}:${liveIds[key]}`;

beforeAll(async () => {
  server = await startTestServer();
  ids = demoIds(server.demo);
  const planned = [
    ...plannedActions(ids),
    { key: 'probation-overdue', body: { text: 'Send the risk assessment to the hostel', agencyId: ids.agency.probation, owner: 'Priya Shah', personId: ids.marcus, dueDate: addDays(today, -2) } },
    { key: 'probation-later', body: { text: 'Arrange accredited programme', agencyId: ids.agency.probation, owner: 'Priya Shah', personId: ids.marcus, dueDate: addDays(today, 30) } },
  ];
  ({ chair, liveIds } = await prepareMeeting(server.url, ids, planned));
  expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);
  housing = await loginAs(server.url, 'housing', PASSWORD);
  probation = await loginAs(server.url, 'probation', PASSWORD);
});
afterAll(() => server?.stop());

describe('our open actions', () => {
  it("shows a member their own agency's actions across meetings, and refuses other agencies'", async () => {
    const ours = await housing.get('/api/actions?status=outstanding');
    expect(ours.status).toBe(200);
    expect(ours.body.items.map((a: { id: string }) => a.id).sort()).toEqual([rid('housing-first-night'), rid('housing-formula')].sort());
    expect(ours.body.items.every((a: { agencyId: string }) => a.agencyId === ids.agency.housing)).toBe(true);
    expect(ours.body.items[0].case.caseReference).toMatch(/^X1234/);
    expect((await housing.get(`/api/actions?agencyId=${ids.agency.police}`)).status).toBe(403);
    const police = await chair.get(`/api/actions?agencyId=${ids.agency.police}`);
    expect(police.body.items.map((a: { text: string }) => a.text)).toEqual(['Home visit after release']);
  });

  it('flags overdue actions and filters them', async () => {
    const all = (await probation.get('/api/actions')).body.items as { id: string; overdue: boolean }[];
    expect(all.find((a) => a.id === rid('probation-overdue'))!.overdue).toBe(true);
    expect(all.find((a) => a.id === rid('probation-later'))!.overdue).toBe(false);
    const overdue = await probation.get('/api/actions?overdue=true');
    expect(overdue.body.items.map((a: { id: string }) => a.id)).toEqual([rid('probation-overdue')]);
  });

  it('records status changes and progress notes with who and when, audited', async () => {
    const updated = await housing.patch(`/api/actions/${rid('housing-first-night')}`, { status: 'in-progress', progressNote: 'Hostel bed offered, awaiting confirmation' });
    expect(updated.status).toBe(200);
    expect(updated.body.status).toBe('in-progress');
    expect(updated.body.progressNotes).toHaveLength(1);
    expect(updated.body.progressNotes[0]).toMatchObject({ by: server.demo.users.housing._id, byName: 'Helen Marsh (Housing Options)', text: 'Hostel bed offered, awaiting confirmation' });
    const note = await housing.patch(`/api/actions/${rid('housing-first-night')}`, { progressNote: 'Confirmed for release day' });
    expect(note.body.progressNotes.map((n: { text: string }) => n.text)).toEqual(['Hostel bed offered, awaiting confirmation', 'Confirmed for release day']);
    const audit = await server.services.audit.search({ action: 'action.update', targetId: rid('housing-first-night') }, { limit: 10 });
    expect(audit.total).toBe(2);
    expect(audit.items.map((e) => e.userId)).toEqual([server.demo.users.housing._id, server.demo.users.housing._id]);
    expect(JSON.stringify(audit.items)).not.toContain('Hostel bed');
  });

  it("accepts 'could not be done' as distinct from 'not done', and both leave the right lists", async () => {
    const cannot = await probation.patch(`/api/actions/${rid('probation-later')}`, { status: 'could-not-be-done', progressNote: 'Change in circumstance: transferred to another area' });
    expect(cannot.status).toBe(200);
    expect(cannot.body.status).toBe('could-not-be-done');
    const notDone = await probation.patch(`/api/actions/${rid('probation-licence')}`, { status: 'not-done' });
    expect(notDone.body.status).toBe('not-done');
    const outstanding = (await probation.get('/api/actions?status=outstanding')).body.items.map((a: { id: string }) => a.id);
    expect(outstanding).toContain(rid('probation-licence'));
    expect(outstanding).not.toContain(rid('probation-later'));
    expect((await probation.get('/api/actions?status=could-not-be-done')).body.items.map((a: { id: string }) => a.id)).toEqual([rid('probation-later')]);
    expect((await probation.patch(`/api/actions/${rid('probation-later')}`, { status: 'abandoned' })).status).toBe(400);
    expect((await probation.patch(`/api/actions/${rid('probation-later')}`, {})).status).toBe(400);
  });

  it('lets only the owning agency, the chair or an administrator update; observers never', async () => {
    expect((await housing.patch(`/api/actions/${rid('police-visit')}`, { status: 'done' })).status).toBe(403);
    const observer = await loginAs(server.url, 'observer', PASSWORD);
    expect((await observer.patch(`/api/actions/${rid('probation-overdue')}`, { status: 'done' })).status).toBe(403);
    expect((await chair.patch(`/api/actions/${rid('police-visit')}`, { progressNote: 'Chair: chase at next meeting' })).status).toBe(200);
    expect((await chair.get(`/api/actions/${rid('police-visit')}`)).body.status).toBe('open');
  });
});

describe('the next meeting', () => {
  it('proposes an agenda with the review item and every case with open actions or a release within 12 weeks; carries open actions over', async () => {
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const farRelease = await admin.post('/api/people', { name: 'Open Actions Only', caseReference: 'T-FAR-1', custodyStatus: 'in-custody', releaseDate: addDays(today, 200) });
    const notDue = await admin.post('/api/people', { name: 'Nothing Due', caseReference: 'T-NONE-1', custodyStatus: 'in-custody', releaseDate: addDays(today, 100) });
    const first = (await chair.get(`/api/meetings/${ids.meetingId}`)).body;
    const second = await chair.post('/api/meetings', {
      panelId: ids.panelId,
      title: 'IOM panel: follow-up',
      type: 'IOM',
      startsAt: new Date(Date.parse(first.startsAt) + 14 * 86_400_000).toISOString(),
      chairId: server.demo.users.chair._id,
      attendeeIds: [server.demo.users.probation._id, server.demo.users.police._id],
      agenda: [{ title: 'Open Actions Only', kind: 'case', personId: farRelease.body._id }],
    });
    expect(second.status).toBe(201);
    await chair.post(`/api/meetings/${second.body._id}/start`);
    const action = await chair.post(`/api/meetings/${second.body._id}/actions`, { text: 'Check address history', agencyId: ids.agency.probation, personId: farRelease.body._id, dueDate: addDays(today, 10) });
    expect(action.status).toBe(201);
    expect((await chair.post(`/api/meetings/${second.body._id}/close`)).status).toBe(200);

    // Probation's list from the second meeting carries over its still-open actions from the first.
    const list = (await probation.get(`/api/meetings/${second.body._id}/agency-actions/${ids.agency.probation}`)).body;
    expect(list.actions.map((a: { text: string }) => a.text)).toEqual(['Check address history']);
    expect(list.carriedOver.map((a: { id: string }) => a.id).sort()).toEqual([rid('probation-licence'), rid('probation-overdue')].sort());
    expect(list.carriedOver.find((a: { id: string }) => a.id === rid('probation-overdue')).overdue).toBe(true);

    const proposal = await chair.get(`/api/panels/${ids.panelId}/proposed-agenda`);
    expect(proposal.status).toBe(200);
    const agenda = proposal.body.agenda as { title: string; kind: string; personId?: string }[];
    expect(agenda[0]).toMatchObject({ title: 'Review of previous actions', kind: 'standing' });
    expect(agenda.at(-1)).toMatchObject({ title: 'Any other business', kind: 'standing' });
    const caseIds = agenda.filter((i) => i.kind === 'case').map((i) => i.personId);
    const demoPeople = (await chair.get('/api/people?limit=200')).body.items.filter((p: { caseReference: string }) => p.caseReference.startsWith('X1234'));
    expect(demoPeople).toHaveLength(8);
    for (const person of demoPeople) expect(caseIds).toContain(person._id);
    expect(caseIds).toContain(farRelease.body._id);
    expect(caseIds).not.toContain(notDue.body._id);
    expect(new Set(caseIds).size).toBe(caseIds.length);
    expect(proposal.body.cases.find((c: { personId: string }) => c.personId === farRelease.body._id).reasons).toEqual(['open actions']);

    expect((await housing.get(`/api/panels/${ids.panelId}/proposed-agenda`)).status).toBe(403);
    // The proposal is a valid agenda for a new meeting as it stands.
    const third = await chair.post('/api/meetings', {
      panelId: ids.panelId, title: 'IOM panel: next', type: 'IOM', startsAt: new Date(Date.now() + 28 * 86_400_000).toISOString(), chairId: server.demo.users.chair._id, agenda,
    });
    expect(third.status).toBe(201);
  });
});
