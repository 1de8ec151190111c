// Correcting and removing actions and empty decisions of a live meeting, on a real server with a real Yjs client:
// only the chair, the owning agency or the author change or remove an action; the removal's reason reaches the audit;
// an empty decision can be removed, one with content cannot. Between meetings the same people correct the tracked action.
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocName, readLiveActions, readDecisions, SCOPED } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { connectDoc, waitFor, type DocClient } from './support.js';
import type { LiveAction } from '../../shared/domain/actions.js';

let server: TestServer;
let meetingId: string;
let personId: string;
let chair: ApiClient;
let police: ApiClient;
let housing: ApiClient;
let substance: ApiClient;
let observer: ApiClient;
let admin: ApiClient;
/** What crosses the live channel: a y-websocket client (as housing) holding the person's case document. */
let caseClient: DocClient;
const agencyIds: Record<string, string> = {};

const seen = (id: string): LiveAction | undefined => readLiveActions(caseClient.doc).find((a) => a.id === id);
const remove = (client: ApiClient, path: string, body?: unknown) => client.json('DELETE', path, body);

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  personId = server.demo.meeting.agenda[1].personId!;
  [chair, police, housing, substance, observer, admin] = await Promise.all(
    ['chair', 'police', 'housing', 'substance', 'observer', 'admin'].map((u) => loginAs(server.url, u, PASSWORD)),
  );
  for (const agency of (await chair.get('/api/agencies?limit=50')).body.items as { _id: string; name: string }[]) agencyIds[agency.name] = agency._id;
  caseClient = connectDoc(server.url, housing.cookie, caseDocName(meetingId, personId));
  await caseClient.synced;
});

afterAll(async () => {
  caseClient?.destroy();
  await server?.stop();
});

async function addPoliceAction(text: string): Promise<LiveAction> {
  const res = await police.post(`/api/meetings/${meetingId}/actions`, { text, agencyId: server.demo.users.police.agencyId, personId });
  expect(res.status).toBe(201);
  await waitFor(() => seen(res.body.id), 20_000, 'the new action to reach the Yjs client');
  return res.body as LiveAction;
}

describe('correcting an action in a live meeting', () => {
  it('refuses another agency that did not write it, and changes nothing that reaches the room', async () => {
    const action = await addPoliceAction('Visit the address before release');
    const refused = await housing.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { owner: 'Someone else', dueDate: '2031-02-01' });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain('owning agency');
    expect((await observer.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { owner: 'X' })).status).toBe(403);
    // Positive control: the owning agency changes agency, owner and due date; the room sees each.
    const changed = await police.patch(`/api/meetings/${meetingId}/actions/${action.id}`, {
      agencyId: agencyIds['Local Authority Housing'],
      owner: 'Helen Marsh',
      dueDate: '2031-02-01',
      dueRelativeDays: null,
      pathway: 'accommodation',
    });
    expect(changed.status).toBe(200);
    const after = await waitFor(() => (seen(action.id)?.owner === 'Helen Marsh' ? seen(action.id) : undefined), 20_000, 'the change to reach the room');
    expect(after).toMatchObject({ agencyId: agencyIds['Local Authority Housing'], owner: 'Helen Marsh', dueDate: '2031-02-01', pathway: 'accommodation' });
    // The refused write changed nothing: the owner is the one the owning agency set, never the refused one.
    expect(readLiveActions(caseClient.doc).some((a) => a.owner === 'Someone else')).toBe(false);
  });

  it('lets the new owning agency and the author change it, and clears fields set to null', async () => {
    const action = await addPoliceAction('Book a GP appointment');
    expect((await police.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { agencyId: agencyIds['Local Authority Housing'], owner: 'Helen' })).status).toBe(200);
    // Housing owns it now; police wrote it; substance is neither.
    expect((await housing.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { text: 'Book a GP appointment for the first week' })).status).toBe(200);
    expect((await police.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { owner: null })).status).toBe(200);
    expect((await substance.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { owner: 'Tom', status: 'done' })).status).toBe(403);
    // Reporting progress is open to everyone in the case: substance may change the status alone.
    expect((await substance.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { status: 'in-progress' })).status).toBe(200);
    const after = await waitFor(() => (seen(action.id)?.text.endsWith('first week') && seen(action.id)?.owner === undefined ? seen(action.id) : undefined), 20_000, 'edits to reach the room');
    expect(after.status).toBe('in-progress');
  });
});

describe('removing an action with a reason', () => {
  it('refuses another agency and a missing reason; the chair removes it and the audit keeps the reason', async () => {
    const action = await addPoliceAction('Duplicate: check the licence conditions');
    const path = `/api/meetings/${meetingId}/actions/${action.id}`;
    expect((await remove(substance, path, { reason: 'Not ours' })).status).toBe(403);
    expect((await remove(observer, path, { reason: 'Not ours' })).status).toBe(403);
    const noReason = await remove(police, path, { reason: '   ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toContain('Enter why it is being removed');
    expect((await remove(police, path)).status).toBe(400);
    expect(seen(action.id)).toBeDefined();

    const removed = await remove(chair, path, { reason: 'Duplicate of the action agreed earlier' });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ id: action.id, removed: true });
    await waitFor(() => !seen(action.id), 20_000, 'the action to leave the room');
    expect((await remove(chair, path, { reason: 'again' })).status).toBe(404);

    const audit = await admin.get(`/api/audit?action=action.remove&targetId=${action.id}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      userId: server.demo.users.chair._id,
      targetType: 'action',
      details: { meetingId, reason: 'Duplicate of the action agreed earlier', agencyId: server.demo.users.police.agencyId, createdBy: server.demo.users.police._id },
    });
  });
});

describe('removing an empty decision', () => {
  function addDecisionLive(text: string): string {
    const id = `decision-${Math.random().toString(36).slice(2)}`;
    caseClient.doc.transact(() => {
      const decision = new Y.Map<unknown>();
      caseClient.doc.getMap<Y.Map<unknown>>(SCOPED.decisions).set(id, decision);
      decision.set('itemId', server.demo.meeting.agenda[1].id);
      decision.set('personId', personId);
      decision.set('text', new Y.Text(text));
      decision.set('rationale', new Y.Text());
      decision.set('agencyIds', []);
      decision.set('createdAt', new Date().toISOString());
    });
    return id;
  }

  it('removes an empty decision with a reason, refuses one with content, and refuses observers', async () => {
    const empty = addDecisionLive('');
    const decided = addDecisionLive('Refer to MAPPA level 2');
    expect((await remove(observer, `/api/meetings/${meetingId}/decisions/${empty}`, { reason: 'x' })).status).toBe(403);
    // Both were sent in one order on one socket: once the server refuses the second for its content, it holds the first.
    await waitFor(async () => (await remove(housing, `/api/meetings/${meetingId}/decisions/${decided}`, { reason: 'Recorded by mistake' })).status === 409, 20_000, 'the decision with content to be refused');

    const removed = await remove(housing, `/api/meetings/${meetingId}/decisions/${empty}`, { reason: 'Recorded by mistake' });
    expect(removed.status).toBe(200);
    await waitFor(() => !readDecisions(caseClient.doc).some((d) => d.id === empty), 20_000, 'the empty decision to leave the room');
    expect(readDecisions(caseClient.doc).some((d) => d.id === decided)).toBe(true);
    const audit = await admin.get(`/api/audit?action=decision.remove&targetId=${empty}`);
    expect(audit.body.items[0]).toMatchObject({ userId: server.demo.users.housing._id, details: { meetingId, reason: 'Recorded by mistake', personId } });
  });
});

describe('correcting a tracked action between meetings', () => {
  it('lets the owning agency correct owner, due date and agency; refuses another agency', async () => {
    const action = await addPoliceAction('Confirm the bail hostel place');
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    const tracked = await waitFor(async () => {
      const res = await police.get(`/api/actions?meetingId=${meetingId}&limit=200`);
      return (res.body.items as { id: string; text: string }[]).find((a) => a.text === action.text);
    }, 20_000, 'the tracked action');
    expect((await substance.patch(`/api/actions/${tracked.id}`, { owner: 'Tom' })).status).toBe(403);
    const bad = await police.patch(`/api/actions/${tracked.id}`, { dueDate: '2031-13-01' });
    expect(bad.status).toBe(400);
    const res = await police.patch(`/api/actions/${tracked.id}`, { owner: 'PC Reeves', dueDate: '2031-03-01', agencyId: agencyIds['Local Authority Housing'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ owner: 'PC Reeves', dueDate: '2031-03-01', agencyId: agencyIds['Local Authority Housing'] });
    // Housing's own list has it now; police still may see it as its author.
    const housingList = await housing.get('/api/actions?limit=200');
    expect((housingList.body.items as { id: string }[]).map((a) => a.id)).toContain(tracked.id);
    expect((await police.get(`/api/actions/${tracked.id}`)).status).toBe(200);
    const audit = await admin.get(`/api/audit?action=action.update&targetId=${tracked.id}`);
    expect(audit.body.items[0].details).toMatchObject({ fields: ['agencyId', 'owner', 'dueDate'], toAgencyId: agencyIds['Local Authority Housing'] });
  });
});
