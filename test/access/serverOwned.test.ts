// Server-owned state stays server-owned end to end: a housing member's forged attendance entry (police
// present) and a forged pause are refused over Yjs, and the closed meeting's minutes list only who really
// attended, while the chair, who joined the room, is listed (the positive control).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MEETING, meetingDocName } from '../../shared/live/layout.js';
import { closeAllClients, connected, controlClient } from '../live/controlSupport.js';
import { openRawClient, updateOf } from '../live/rawClient.js';
import { connectDoc, type DocClient } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const FORGED = 'Forged Police Officer';

let server: TestServer;
let chair: ApiClient;
let housing: ApiClient;
const opened: DocClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  chair = await loginAs(server.url, 'chair', PASSWORD);
  housing = await loginAs(server.url, 'housing', PASSWORD);
});
afterAll(async () => {
  closeAllClients();
  for (const client of opened) client.destroy();
  await server?.stop();
});

it('refuses forged attendance and control over Yjs, and the minutes list only real attendance', async () => {
  const meetingId = server.demo.meeting._id;
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
  const room = controlClient(server.url, chair.cookie);
  await connected(room);
  expect(await room.emitWithAck('meeting:join', { meetingId })).not.toHaveProperty('error');

  const docName = meetingDocName(meetingId);
  const member = connectDoc(server.url, housing.cookie, docName);
  opened.push(member);
  await member.synced;
  for (const forge of [
    (doc: typeof member.doc) => doc.getMap(MEETING.attendance).set('forged', { displayName: FORGED, agencyId: server.demo.users.police.agencyId, itemIds: [] }),
    (doc: typeof member.doc) => doc.getMap(MEETING.control).set('state', 'paused'),
  ]) {
    const raw = openRawClient(server.url, housing.cookie, docName);
    await raw.ready;
    raw.sendUpdate(updateOf(member.doc, forge));
    expect((await raw.closed).code).toBe(4400);
  }
  expect(await server.services.documents.read(docName, (doc) => doc.getMap(MEETING.control).get('state'))).toBe('running');

  expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
  const minutes = await chair.get(`/api/meetings/${meetingId}/minutes`);
  expect(minutes.status).toBe(200);
  const text = JSON.stringify(minutes.body);
  expect(text).not.toContain(FORGED);
  expect(text).toContain(server.demo.users.chair.displayName);
  for (const format of ['html', 'pdf']) expect((await chair.request('GET', `/api/meetings/${meetingId}/minutes?format=${format}`)).status).toBe(200);
});
