// Per-case scopes on a real server with real Yjs clients: an attendee whose agency does not take part in an item
// syncs the meeting document without receiving a byte of that case's notes, decisions or actions, and is refused
// the case document (4403); a member of an agency taking part receives all of it (the positive control).
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE, caseDocName, meetingDocName, notesFragmentName } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { connectDoc, waitFor, type DocClient } from './support.js';

const MARKER = 'ZQX-NEED-TO-KNOW-7731';
const containsMarker = (state: Uint8Array) => Buffer.from(state).includes(Buffer.from(MARKER, 'utf8'));

let server: TestServer;
let meetingId: string;
let item3: { id: string; personId: string };
let chair: ApiClient;
let probation: ApiClient;
let police: ApiClient;
const clients: DocClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  const agendaItem = server.demo.meeting.agenda[3];
  item3 = { id: agendaItem.id, personId: agendaItem.personId! };
  // Only probation takes part in item 3 (the lead's per-item access, set straight in the store).
  await server.store
    .collection('meetings')
    .updateOne({ _id: meetingId }, { $set: { itemAccess: { [item3.id]: { agencyIds: [server.demo.users.probation.agencyId] } } } });
  chair = await loginAs(server.url, 'chair', PASSWORD);
  probation = await loginAs(server.url, 'probation', PASSWORD);
  police = await loginAs(server.url, 'police', PASSWORD);
  const started = await chair.post(`/api/meetings/${meetingId}/start`);
  expect(started.status, JSON.stringify(started.body)).toBe(200);
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server?.stop();
});

function open(cookie: string, name: string): DocClient {
  const client = connectDoc(server.url, cookie, name);
  clients.push(client);
  return client;
}

describe('a case the attendee’s agency does not take part in', () => {
  it('never reaches them: not in the meeting document, and its case document is refused with 4403', async () => {
    const caseName = caseDocName(meetingId, item3.personId);
    // A member of the agency taking part types the marker into the case's notes and a decision …
    const member = open(probation.cookie, caseName);
    await member.synced;
    member.doc.transact(() => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`Notes ${MARKER}`)]);
      member.doc.getXmlFragment(notesFragmentName(item3.id)).insert(0, [paragraph]);
      const decision = new Y.Map<unknown>();
      member.doc.getMap<Y.Map<unknown>>(CASE.decisions).set('decision-scope', decision);
      decision.set('itemId', item3.id);
      decision.set('personId', item3.personId);
      decision.set('text', new Y.Text(`Decision ${MARKER}`));
      decision.set('rationale', new Y.Text(''));
      decision.set('agencyIds', []);
    });
    // … and the chair adds an action for that person over REST.
    const action = await chair.post(`/api/meetings/${meetingId}/actions`, { text: `Action ${MARKER}`, agencyId: server.demo.users.probation.agencyId, personId: item3.personId, itemId: item3.id });
    expect(action.status, JSON.stringify(action.body)).toBe(201);

    // Positive control: the server's case document and the member's copy hold all three.
    const serverCase = await waitFor(
      async () => {
        const text = Buffer.from(await server.services.documents.encodeState(caseName)).toString('utf8');
        return ['Notes', 'Decision', 'Action'].every((what) => text.includes(`${what} ${MARKER}`)) && text;
      },
      20_000,
      'the marker in the server’s case document',
    );
    expect(serverCase).toContain(MARKER);
    await waitFor(() => Buffer.from(Y.encodeStateAsUpdate(member.doc)).toString('utf8').includes(`Action ${MARKER}`), 20_000, 'the action at the member');

    // The meeting document, on the server and as the police attendee syncs it, holds none of it.
    expect(containsMarker(await server.services.documents.encodeState(meetingDocName(meetingId)))).toBe(false);
    const outsider = open(police.cookie, meetingDocName(meetingId));
    await outsider.synced;
    expect(outsider.doc.getMap('agendaItems').size).toBeGreaterThan(0);
    expect(containsMarker(Y.encodeStateAsUpdate(outsider.doc))).toBe(false);
    // Nor the real title of the item, which names the person.
    const realTitle = server.demo.meeting.agenda[3].title;
    expect(Buffer.from(Y.encodeStateAsUpdate(outsider.doc)).includes(Buffer.from(realTitle, 'utf8'))).toBe(false);

    // The case document itself is refused.
    const refused = await open(police.cookie, caseName).refused;
    expect(refused.code).toBe(4403);
    // An item open to every attendee still works for them.
    await open(police.cookie, caseDocName(meetingId, server.demo.meeting.agenda[1].personId!)).synced;
  });

  it('refuses them the case’s actions over REST with the policy’s message', async () => {
    const res = await police.post(`/api/meetings/${meetingId}/actions`, { text: 'Not mine to add', agencyId: server.demo.users.police.agencyId, personId: item3.personId });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('You do not take part in this case');
  });

  it('leaves the case out of their minutes once the meeting closes', async () => {
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    const theirs = await police.get(`/api/meetings/${meetingId}/minutes`);
    expect(theirs.status).toBe(200);
    expect(JSON.stringify(theirs.body.record)).not.toContain(MARKER);
    expect(theirs.body.record.agenda.map((item: { id: string }) => item.id)).not.toContain(item3.id);
    const html = await police.request('GET', `/api/meetings/${meetingId}/minutes?format=html`);
    expect(await html.text()).not.toContain(MARKER);
    const member = await probation.get(`/api/meetings/${meetingId}/minutes`);
    expect(JSON.stringify(member.body.record)).toContain(`Notes ${MARKER}`);
    expect(JSON.stringify(member.body.record)).toContain(`Action ${MARKER}`);
  });
});
