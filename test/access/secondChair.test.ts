// A user with the chair role who is not invited to a meeting can neither read nor change anything of
// it over REST, nor pull a person's assessment out of it by scheduling a meeting of their own; an
// assessment carries into another panel's meeting only under a recorded sharing basis, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { auditCount, newPanel, newUser } from './support.js';

const MARKER = 'Threatened ex-partner at her workplace in 2024';

let server: TestServer;
let chair: ApiClient;
let chair2: ApiClient & { id: string };
let meetingId: string;
let danielId: string;
let policeActionId: string;
let mappaPanelId: string;

const whoAtRisk = (doc: Y.Doc) => String((doc.getMap(CASE.risk).get('whoAtRisk') as Y.Text | undefined) ?? '');

beforeAll(async () => {
  server = await startTestServer();
  chair = await loginAs(server.url, 'chair', PASSWORD);
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  const agency = await admin.post('/api/agencies', { name: 'Adult Social Care', contactEmail: 'asc@example.gov.uk' });
  chair2 = await newUser(server, 'mappa-chair', 'chair', agency.body._id);
  mappaPanelId = await newPanel(server, 'MAPPA level 2 panel', [chair2.id]);

  meetingId = server.demo.meeting._id;
  danielId = server.demo.meeting.agenda.find((item) => item.title.startsWith('Daniel'))!.personId!;
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
  await server.services.documents.change(caseDocName(meetingId, danielId), (doc) => (doc.getMap(CASE.risk).get('whoAtRisk') as Y.Text).insert(0, MARKER));
  const action = await chair.post(`/api/meetings/${meetingId}/actions`, {
    text: 'Visit the bail address',
    agencyId: server.demo.users.police.agencyId,
    personId: danielId,
    dueDate: '2027-01-10',
  });
  expect(action.status).toBe(201);
  expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
  const tracked = await chair.get(`/api/actions?meetingId=${meetingId}`);
  policeActionId = tracked.body.items.find((a: { text: string }) => a.text === 'Visit the bail address').id;
  expect(policeActionId).toBeTruthy();
});
afterAll(() => server?.stop());

describe('a second chair not invited to the meeting', () => {
  it('cannot read the meeting, its actions, its lists or its minutes', async () => {
    expect((await chair2.get(`/api/meetings/${meetingId}`)).status).toBe(403);
    expect((await chair2.get('/api/meetings')).body.items).toEqual([]);
    const actions = await chair2.get(`/api/actions?meetingId=${meetingId}`);
    expect(actions.body.items ?? []).toEqual([]);
    expect((await chair2.get(`/api/actions/${policeActionId}`)).status).toBe(403);
    expect((await chair2.get(`/api/meetings/${meetingId}/agency-actions/${server.demo.users.police.agencyId}`)).status).toBe(403);
    expect((await chair2.get(`/api/meetings/${meetingId}/minutes`)).status).toBe(403);
    expect((await chair2.get(`/api/meetings/${meetingId}/close-review`)).status).toBe(403);
    // Positive control: the meeting's own chair reads the same action.
    expect((await chair.get(`/api/actions/${policeActionId}`)).status).toBe(200);
  });

  it('cannot change a police action, plan another panel or schedule its meetings', async () => {
    const before = (await chair.get(`/api/actions/${policeActionId}`)).body;
    expect((await chair2.patch(`/api/actions/${policeActionId}`, { status: 'done', progressNote: 'closed by someone else' })).status).toBe(403);
    expect((await chair.get(`/api/actions/${policeActionId}`)).body).toEqual(before);
    expect((await chair2.get(`/api/panels/${server.demo.meeting.panelId}/proposed-agenda`)).status).toBe(403);
    const onOtherPanel = await chair2.post('/api/meetings', {
      panelId: server.demo.meeting.panelId, title: 'Mine now', type: 'IOM', startsAt: '2027-01-01T10:00:00Z', chairId: chair2.id,
    });
    expect(onOtherPanel.status).toBe(403);
    // Its own panel's agenda works (positive control).
    expect((await chair2.get(`/api/panels/${mappaPanelId}/proposed-agenda`)).status).toBe(200);
  });

  it('cannot put a person it does not work with on its own panel’s agenda', async () => {
    const res = await chair2.post('/api/meetings', {
      panelId: mappaPanelId, title: 'MAPPA: Daniel', type: 'MAPPA', startsAt: '2027-01-01T10:00:00Z', chairId: chair2.id,
      agenda: [{ title: 'Daniel', kind: 'case', personId: danielId }],
    });
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).not.toContain('Daniel Hughes');
  });
});

describe('an assessment crossing panels', () => {
  async function mappaMeetingAboutDaniel(title: string): Promise<string> {
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const created = await admin.post('/api/meetings', {
      panelId: mappaPanelId, title, type: 'MAPPA', startsAt: '2027-01-01T10:00:00Z', chairId: chair2.id,
      agenda: [{ title: 'Daniel', kind: 'case', personId: danielId }],
    });
    expect(created.status).toBe(201);
    return created.body._id;
  }

  it('starts empty in another panel’s meeting without a sharing basis, and carries over (audited) with one', async () => {
    const withoutBasis = await mappaMeetingAboutDaniel('MAPPA without basis');
    expect(await server.services.documents.read(caseDocName(withoutBasis, danielId), whoAtRisk)).toBe('');

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const basis = await admin.post('/api/sharing-bases', { fromPanelId: server.demo.meeting.panelId, toPanelId: mappaPanelId, basis: 'MAPPA information-sharing agreement 2026, section 4' });
    expect(basis.status).toBe(201);
    const carried = await auditCount(server, 'case.carry-over');
    const withBasis = await mappaMeetingAboutDaniel('MAPPA with basis');
    expect(await server.services.documents.read(caseDocName(withBasis, danielId), whoAtRisk)).toBe(MARKER);
    // The carry-over is audited as the document loads, beside the request that loaded it.
    await expect.poll(() => auditCount(server, 'case.carry-over'), { timeout: 10_000 }).toBe(carried + 1);
  });

  it('carries the assessment but not the earlier meeting’s actions into the same panel’s next meeting', async () => {
    const next = await chair.post('/api/meetings', {
      panelId: server.demo.meeting.panelId, title: 'IOM follow-up', type: 'IOM', startsAt: '2027-01-02T10:00:00Z', chairId: server.demo.users.chair._id,
      agenda: [{ title: 'Daniel', kind: 'case', personId: danielId }],
    });
    expect(next.status).toBe(201);
    const state = await server.services.documents.read(caseDocName(next.body._id, danielId), (doc) => ({ risk: whoAtRisk(doc), actions: doc.getMap('actions').size }));
    expect(state).toEqual({ risk: MARKER, actions: 0 });
  });
});
