// Actions over REST while Yjs clients hold the meeting document and a case document: the room sees each change at
// once, a case's actions in that person's case document and a standing item's in the meeting document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseDocName, meetingDocName, readLiveActions } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { connectDoc, waitFor, type DocClient } from './support.js';
import type { LiveAction } from '../../shared/domain/actions.js';

const WAIT_MS = 20_000;

let server: TestServer;
let meetingId: string;
let chair: ApiClient;
let police: ApiClient;
let observer: ApiClient;
let outsider: ApiClient;
/** A y-websocket client holding the meeting document, signed in as police. */
let client: DocClient;
/** The same user's client holding the case document of the person on the second agenda item. */
let caseClient: DocClient;

function seenByClient(actionId: string): LiveAction | undefined {
  return [...readLiveActions(client.doc), ...readLiveActions(caseClient.doc)].find((action) => action.id === actionId);
}

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  await server.services.users.create({ username: 'outsider', displayName: 'Uninvited Officer', agencyId: server.demo.users.police.agencyId, role: 'member', password: PASSWORD });
  [chair, police, observer, outsider] = await Promise.all(['chair', 'police', 'observer', 'outsider'].map((u) => loginAs(server.url, u, PASSWORD)));
  client = connectDoc(server.url, police.cookie, meetingDocName(meetingId));
  caseClient = connectDoc(server.url, police.cookie, caseDocName(meetingId, server.demo.meeting.agenda[1].personId!));
  await Promise.all([client.synced, caseClient.synced]);
});

afterAll(async () => {
  client?.destroy();
  caseClient?.destroy();
  await server?.stop();
});

describe('GET /api/meetings/:id lists the live documents the user may open', () => {
  it('gives the meeting doc, a case doc per person on the agenda, and restricted docs only to allowed agencies', async () => {
    const people = [...new Set(server.demo.meeting.agenda.flatMap((item) => (item.personId ? [item.personId] : [])))];
    expect(people).toHaveLength(3);
    const names = async (client: ApiClient) => {
      const res = await client.get(`/api/meetings/${meetingId}`);
      expect(res.status).toBe(200);
      return res.body.liveDocuments as { name: string; kind: string; personId?: string }[];
    };
    const shared = [{ name: `meeting.${meetingId}`, kind: 'meeting' }, ...people.map((personId) => ({ name: `case.${meetingId}.${personId}`, kind: 'case', personId }))];
    const restricted = people.map((personId) => ({ name: `restricted.${meetingId}.${personId}`, kind: 'restricted', personId }));
    expect(await names(police)).toEqual(shared);
    expect(await names(chair)).toEqual(expect.arrayContaining([...shared, ...restricted]));
    expect(await names(chair)).toHaveLength(shared.length + restricted.length);
    // The chair's agency (probation) sees restricted sections by default.
    expect(await names(await loginAs(server.url, 'probation', PASSWORD))).toHaveLength(shared.length + restricted.length);
  });
});

describe('actions over REST in a live meeting', () => {
  const personOnAgenda = () => server.demo.meeting.agenda[1].personId!;
  const housingAgency = async () => (await chair.get('/api/agencies?limit=50')).body.items.find((a: { name: string }) => a.name === 'Local Authority Housing')._id as string;

  it('creates an action that the connected Yjs client sees at once', async () => {
    const input = { text: 'Confirm the approved premises bed', agencyId: await housingAgency(), owner: 'Helen Marsh', dueRelativeDays: -2, personId: personOnAgenda(), pathway: 'accommodation' };
    const t0 = Date.now();
    const res = await police.post(`/api/meetings/${meetingId}/actions`, input);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...input, status: 'open', createdBy: server.demo.users.police._id });
    expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const seen = await waitFor(() => seenByClient(res.body.id), WAIT_MS, 'the action to reach the Yjs client');
    console.log(`REST POST → Yjs client saw the action after ${Date.now() - t0} ms`);
    expect(seen).toMatchObject(input);
    // A case's action is in that person's case document only: the meeting document never holds it.
    expect(readLiveActions(caseClient.doc).map((a) => a.id)).toContain(res.body.id);
    expect(readLiveActions(client.doc).map((a) => a.id)).not.toContain(res.body.id);
  });

  it('changes an action’s status, visible to the Yjs client', async () => {
    const created = await police.post(`/api/meetings/${meetingId}/actions`, { text: 'Book GP registration', agencyId: server.demo.users.police.agencyId });
    await waitFor(() => seenByClient(created.body.id), WAIT_MS, 'the new action');
    const t0 = Date.now();
    const res = await chair.patch(`/api/meetings/${meetingId}/actions/${created.body.id}`, { status: 'in-progress', dueDate: '2031-01-15', text: 'Book GP registration (Dr Lee)' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: created.body.id, status: 'in-progress', dueDate: '2031-01-15', text: 'Book GP registration (Dr Lee)' });
    await waitFor(() => seenByClient(created.body.id)?.status === 'in-progress', WAIT_MS, 'the status change to reach the client');
    console.log(`REST PATCH → Yjs client saw the change after ${Date.now() - t0} ms`);
    expect(seenByClient(created.body.id)).toMatchObject({ text: 'Book GP registration (Dr Lee)', dueDate: '2031-01-15' });

    const cleared = await chair.patch(`/api/meetings/${meetingId}/actions/${created.body.id}`, { dueDate: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.dueDate).toBeUndefined();
  });

  it('refuses observers and uninvited users with 403', async () => {
    const body = { text: 'Should not appear', agencyId: server.demo.users.police.agencyId };
    const before = readLiveActions(client.doc).length;
    const byObserver = await observer.post(`/api/meetings/${meetingId}/actions`, body);
    expect(byObserver.status).toBe(403);
    expect(byObserver.body.error).toBe('Observers cannot change actions');
    expect((await outsider.post(`/api/meetings/${meetingId}/actions`, body)).status).toBe(403);
    const existing = readLiveActions(client.doc)[0];
    expect((await observer.patch(`/api/meetings/${meetingId}/actions/${existing.id}`, { status: 'done' })).status).toBe(403);
    const serverSide = await server.services.documents.read(meetingDocName(meetingId), readLiveActions);
    expect(serverSide).toHaveLength(before);
    expect(serverSide.find((a) => a.id === existing.id)?.status).toBe(existing.status);
  });

  it('answers 400 naming the field on bad input', async () => {
    const agencyId = server.demo.users.police.agencyId;
    const cases: [unknown, string][] = [
      [{ agencyId }, 'text'],
      [{ text: 'x' }, 'agencyId'],
      [{ text: 'x', agencyId, dueDate: '15/01/2031' }, 'dueDate'],
      [{ text: 'x', agencyId, dueRelativeDays: 1.5 }, 'dueRelativeDays'],
      [{ text: 'x', agencyId, pathway: 'housing' }, 'pathway'],
      [{ text: 'x', agencyId, colour: 'red' }, 'colour'],
      [{ text: 'x', agencyId: 'no-such-agency' }, 'agencyId'],
      [{ text: 'x', agencyId, personId: 'someone-else' }, 'personId'],
      [{ text: 'x', agencyId, itemId: 'no-item' }, 'itemId'],
    ];
    for (const [body, field] of cases) {
      const res = await police.post(`/api/meetings/${meetingId}/actions`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error, JSON.stringify(body)).toContain(field);
    }
    const existing = readLiveActions(client.doc)[0];
    const badPatch = await police.patch(`/api/meetings/${meetingId}/actions/${existing.id}`, { status: 'finished' });
    expect(badPatch.status).toBe(400);
    expect(badPatch.body.error).toContain('status');
  });

  it('answers 404 for an unknown action or meeting', async () => {
    const missing = await police.patch(`/api/meetings/${meetingId}/actions/00000000-0000-0000-0000-000000000000`, { status: 'done' });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe('Action not found');
    const noMeeting = await police.post(`/api/meetings/no-such-meeting/actions`, { text: 'x', agencyId: server.demo.users.police.agencyId });
    expect(noMeeting.status).toBe(404);
  });

  it('answers 409 once the meeting is closed', async () => {
    const existing = readLiveActions(client.doc)[0];
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    const add = await police.post(`/api/meetings/${meetingId}/actions`, { text: 'Too late', agencyId: server.demo.users.police.agencyId });
    expect(add.status).toBe(409);
    expect(add.body.error).toContain('closed');
    expect((await police.patch(`/api/meetings/${meetingId}/actions/${existing.id}`, { status: 'done' })).status).toBe(409);
  });
});
