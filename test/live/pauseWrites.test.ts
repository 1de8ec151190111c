// While the chair has paused the meeting, the server keeps everyone but the chair from changing it (issue 10 §7): a
// member's edits over the real Yjs socket are dropped (never applied, never relayed), the chair's still arrive, and the
// member's arrive again once the chair resumes (the positive control). Pause and resume go through Socket.IO as in the room.
// The room's REST writes (actions) are held the same way: 409 for a member while paused, the chair's still accepted.
import type * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isErrorAck } from '../../shared/live/controlEvents.js';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { closeAllClients, connected, controlClient } from './controlSupport.js';
import { connectDoc, waitFor, type DocClient } from './support.js';

const ACK_MS = 10_000;
let server: TestServer;
const cookies: Record<string, string> = {};
const clients: DocClient[] = [];

const risk = (doc: Y.Doc) => doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text;
const serverText = (docName: string) => server.services.documents.read(docName, (doc) => risk(doc).toString());

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['chair', 'probation']) cookies[user] = (await loginAs(server.url, user, PASSWORD)).cookie;
  const chair = await loginAs(server.url, 'chair', PASSWORD);
  expect((await chair.post(`/api/meetings/${server.demo.meeting._id}/start`)).status).toBe(200);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  closeAllClients();
  await server?.stop();
});

describe('a paused meeting', () => {
  it('drops the edits of everyone but the chair until the chair resumes', async () => {
    const meetingId = server.demo.meeting._id;
    const personId = server.demo.meeting.agenda.find((item) => item.personId)!.personId!;
    const docName = caseDocName(meetingId, personId);
    const chairControl = controlClient(server.url, cookies.chair!);
    await connected(chairControl);
    const join = await chairControl.timeout(ACK_MS).emitWithAck('meeting:join', { meetingId });
    expect(isErrorAck(join)).toBe(false);

    const probation = connectDoc(server.url, cookies.probation!, docName);
    const chair = connectDoc(server.url, cookies.chair!, docName);
    clients.push(probation, chair);
    await Promise.all([probation.synced, chair.synced]);

    expect(await chairControl.timeout(ACK_MS).emitWithAck('meeting:pause', { meetingId })).toMatchObject({ state: 'paused' });
    risk(probation.doc).insert(0, 'typed while paused ');
    risk(chair.doc).insert(0, 'chair note ');
    await waitFor(async () => (await serverText(docName)).includes('chair note'), 20_000, 'the chair’s edit');
    // The chair's edit came after the member's on the same path: had the member's been applied, it would be there now.
    expect(await serverText(docName)).not.toContain('typed while paused');
    await waitFor(() => risk(probation.doc).toString().includes('chair note'), 20_000, 'the chair’s edit relayed');
    expect(risk(chair.doc).toString()).not.toContain('typed while paused');

    // REST: the room's action writes are held too, with a message that says why; the chair's still go through.
    const action = { text: 'Book a bed for the first night', agencyId: server.demo.users.probation!.agencyId, personId, itemId: server.demo.meeting.agenda.find((item) => item.personId === personId)!.id };
    const probationApi = await loginAs(server.url, 'probation', PASSWORD);
    const chairApi = await loginAs(server.url, 'chair', PASSWORD);
    const refused = await probationApi.post(`/api/meetings/${meetingId}/actions`, action);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/paused/);
    expect((await chairApi.post(`/api/meetings/${meetingId}/actions`, { ...action, text: 'Chair: confirm the bed' })).status).toBe(201);

    expect(await chairControl.timeout(ACK_MS).emitWithAck('meeting:resume', { meetingId })).toMatchObject({ state: 'running' });
    expect((await probationApi.post(`/api/meetings/${meetingId}/actions`, action)).status).toBe(201);
    risk(probation.doc).insert(0, 'typed after resume ');
    await waitFor(async () => (await serverText(docName)).includes('typed after resume'), 20_000, 'the member’s edit after resume');
  });
});
