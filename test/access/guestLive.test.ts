// A guest invited for one case item, over the live channels: they open that case while its item is
// current; when the chair moves on, their socket closes and reopening is refused; they never open the
// next case nor read its notes, decisions or actions anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caseDocName, meetingDocName, notesFragmentName } from '../../shared/live/layout.js';
import { closeAllClients, connected, controlClient, type ControlClient } from '../live/controlSupport.js';
import { connectDoc, waitFor, type DocClient } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { newUser } from './support.js';

const NEXT_CASE = 'KAYLEIGH-NOTE-3J7: new partner has a child under five';

let server: TestServer;
let chair: ApiClient;
let chairSocket: ControlClient;
let guest: ApiClient & { id: string };
let meetingId: string;
let invited: { itemId: string; personId: string };
let next: { itemId: string; personId: string };
const opened: DocClient[] = [];

function open(cookie: string, name: string): DocClient {
  const client = connectDoc(server.url, cookie, name);
  opened.push(client);
  return client;
}

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  const [, daniel, kayleigh] = server.demo.meeting.agenda;
  invited = { itemId: daniel.id, personId: daniel.personId! };
  next = { itemId: kayleigh.id, personId: kayleigh.personId! };
  chair = await loginAs(server.url, 'chair', PASSWORD);
  guest = await newUser(server, 'hostel-manager', 'guest', server.demo.users.housing.agencyId);
  expect((await chair.post(`/api/meetings/${meetingId}/guests`, { userId: guest.id, itemIds: [invited.itemId] })).status).toBe(201);
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
  chairSocket = controlClient(server.url, chair.cookie);
  await connected(chairSocket);
  expect(await chairSocket.emitWithAck('meeting:join', { meetingId })).not.toHaveProperty('error');
  await server.services.documents.change(caseDocName(meetingId, next.personId), (doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(NEXT_CASE)]);
    doc.getXmlFragment(notesFragmentName(next.itemId)).insert(0, [paragraph]);
  });
});

afterAll(async () => {
  closeAllClients();
  for (const client of opened) client.destroy();
  await server?.stop();
});

async function moveTo(itemId: string): Promise<void> {
  const ack = await chairSocket.emitWithAck('meeting:setCurrentItem', { meetingId, itemId });
  expect(ack).not.toHaveProperty('error');
}

describe('a guest invited for one item', () => {
  it('cannot open the case before its item is current, nor the meeting document ever', async () => {
    await moveTo(next.itemId);
    expect((await open(guest.cookie, caseDocName(meetingId, invited.personId)).refused).code).toBe(4403);
    expect((await open(guest.cookie, meetingDocName(meetingId)).refused).code).toBe(4403);
  });

  it('opens the case while it is current, read-only; loses it within a second when the chair moves on; cannot reopen it', async () => {
    await moveTo(invited.itemId);
    const view = (await guest.get(`/api/meetings/${meetingId}`)).body;
    expect(view.liveDocuments.map((d: { name: string }) => d.name)).toEqual([caseDocName(meetingId, invited.personId)]);
    const caseDoc = open(guest.cookie, caseDocName(meetingId, invited.personId));
    await caseDoc.synced;
    expect(caseDoc.doc.getMap('risk').size).toBeGreaterThan(0);

    // A guest's write is dropped: read-only unless the chair allowed writing.
    caseDoc.doc.transact(() => (caseDoc.doc.getMap('risk').get('whoAtRisk') as Y.Text).insert(0, 'guest wrote this'));
    const moved = Date.now();
    await moveTo(next.itemId);
    const closed = await caseDoc.refused;
    console.log(`guest's case socket closed ${Date.now() - moved} ms after the chair moved on (code ${closed.code})`);
    expect(closed.code).toBe(4403);
    const held = await server.services.documents.read(caseDocName(meetingId, invited.personId), (doc) => String(doc.getMap('risk').get('whoAtRisk')));
    expect(held).not.toContain('guest wrote this');
    expect((await open(guest.cookie, caseDocName(meetingId, invited.personId)).refused).code).toBe(4403);
  });

  it('never opens the next case nor reads it over REST', async () => {
    const attempt = open(guest.cookie, caseDocName(meetingId, next.personId));
    expect((await attempt.refused).code).toBe(4403);
    expect(JSON.stringify(attempt.doc.toJSON())).not.toContain('KAYLEIGH');
    const answers = await Promise.all([
      guest.get(`/api/meetings/${meetingId}`),
      guest.get('/api/meetings'),
      guest.get('/api/actions'),
      guest.get(`/api/people/${next.personId}`),
      guest.get(`/api/meetings/${meetingId}/minutes`),
      guest.get(`/api/meetings/${meetingId}/agency-actions/${server.demo.users.housing.agencyId}`),
    ]);
    for (const answer of answers) expect(JSON.stringify(answer.body ?? '')).not.toMatch(/KAYLEIGH|Kayleigh/);
    // Positive control: the chair holds that case.
    const chairDoc = open(chair.cookie, caseDocName(meetingId, next.personId));
    await chairDoc.synced;
    await waitFor(() => chairDoc.doc.getXmlFragment(notesFragmentName(next.itemId)).toString().includes('KAYLEIGH'), 10_000, 'the chair to hold the case notes');
  });
});
