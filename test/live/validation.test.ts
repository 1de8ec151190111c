// Server-owned state and update validation against a real server: a member's raw update into control or
// attendance, a malformed decision, any action (the server's, changed over REST) or a non-chair agenda move is
// refused (4400, nothing applied, counted),
// while the chair's legitimate edits land (the positive controls).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, caseDocName, MEETING, meetingDocName, notesFragmentName } from '../../shared/live/layout.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { openRawClient, updateOf } from './rawClient.js';
import { connectDoc, waitFor, type DocClient } from './support.js';

let server: TestServer;
let meetingId: string;
let itemId: string;
const cookies: Record<string, string> = {};
const clients: DocClient[] = [];

function open(user: string, docName: string): DocClient {
  const client = connectDoc(server.url, cookies[user], docName);
  clients.push(client);
  return client;
}

function serverDoc<T>(docName: string, fn: (doc: Y.Doc) => T): Promise<T> {
  return server.services.documents.read(docName, fn);
}

async function refusedCount(): Promise<number> {
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  return ((await admin.get('/api/live/metrics')).body as { sync: { updatesRefused: number } }).sync.updatesRefused;
}

/** Sends one raw update as `user` on a fresh socket; resolves with how the server closed it. */
async function sendRaw(user: string, docName: string, base: Y.Doc, change: (doc: Y.Doc) => void) {
  const raw = openRawClient(server.url, cookies[user], docName);
  await raw.ready;
  raw.sendUpdate(updateOf(base, change));
  return raw.closed;
}

/** The chair's edit reaches the server: the positive control after each refusal. */
async function chairEditLands(chair: DocClient, docName: string, token: string): Promise<void> {
  chair.doc.getXmlFragment(notesFragmentName(itemId)).insert(0, [new Y.XmlText(token)]);
  await waitFor(async () => (await serverDoc(docName, (doc) => doc.getXmlFragment(notesFragmentName(itemId)).toString())).includes(token), 10_000, token);
}

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  itemId = server.demo.meeting.agenda[0].id;
  for (const user of ['chair', 'probation']) cookies[user] = (await loginAs(server.url, user, PASSWORD)).cookie;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server?.stop();
});

describe('update validation', () => {
  it('refuses a member’s writes into control and attendance: 4400, server doc unchanged; the chair’s edit lands', async () => {
    const docName = meetingDocName(meetingId);
    const chair = open('chair', docName);
    const member = open('probation', docName);
    await Promise.all([chair.synced, member.synced]);
    const before = await serverDoc(docName, (doc) => ({ control: doc.getMap(MEETING.control).toJSON(), attendance: doc.getMap(MEETING.attendance).toJSON() }));
    const refusedBefore = await refusedCount();

    const control = await sendRaw('probation', docName, member.doc, (doc) => doc.getMap(MEETING.control).set('state', 'closed'));
    expect(control.code).toBe(4400);
    expect(control.reason).toContain('control');
    const attendance = await sendRaw('probation', docName, member.doc, (doc) => doc.getMap(MEETING.attendance).set('forged-user', { displayName: 'Nobody', itemIds: [] }));
    expect(attendance).toMatchObject({ code: 4400, reason: expect.stringContaining('attendance') });
    // Even the chair's client may not write them: only the server does, through its own services.
    const chairControl = await sendRaw('chair', docName, chair.doc, (doc) => doc.getMap(MEETING.control).set('currentItemId', 'elsewhere'));
    expect(chairControl.code).toBe(4400);

    await chairEditLands(chair, docName, 'CHAIR-NOTE');
    const after = await serverDoc(docName, (doc) => ({ control: doc.getMap(MEETING.control).toJSON(), attendance: doc.getMap(MEETING.attendance).toJSON() }));
    expect(after).toEqual(before);
    expect(await refusedCount()).toBeGreaterThanOrEqual(refusedBefore + 3);
    // The member's own provider was not the one refused: it still syncs.
    await waitFor(() => member.doc.getXmlFragment(notesFragmentName(itemId)).toString().includes('CHAIR-NOTE'), 10_000, 'member receives');
  });

  it('refuses malformed decisions (a number for the item, 20,000 characters of text) and any action, and accepts a well-formed decision', async () => {
    const docName = meetingDocName(meetingId);
    const member = open('probation', docName);
    await member.synced;
    const newEntry = (key: string, id: string, fill: (entry: Y.Map<unknown>) => void) => (doc: Y.Doc) => {
      const entry = new Y.Map<unknown>();
      doc.getMap(key).set(id, entry);
      fill(entry);
    };
    const wellFormed = (d: Y.Map<unknown>) => {
      d.set('itemId', itemId);
      d.set('text', new Y.Text('Agreed'));
      d.set('rationale', new Y.Text());
      d.set('agencyIds', [server.demo.users.probation.agencyId]);
    };

    const badItem = await sendRaw('probation', docName, member.doc, newEntry(MEETING.decisions, 'bad-item', (d) => d.set('itemId', 42)));
    expect(badItem).toMatchObject({ code: 4400, reason: expect.stringContaining('itemId') });
    const longText = await sendRaw('probation', docName, member.doc, newEntry(MEETING.decisions, 'long-text', (d) => d.set('text', new Y.Text('x'.repeat(20_000)))));
    expect(longText).toMatchObject({ code: 4400, reason: expect.stringContaining('too large') });
    const longAuthor = await sendRaw('probation', docName, member.doc, newEntry(MEETING.decisions, 'long-author', (d) => d.set('createdBy', 'y'.repeat(20_000))));
    expect(longAuthor.code).toBe(4400);
    // Actions are the server's: even a well-formed one is refused (they are added over REST, with the policy and the audit).
    const action = await sendRaw(
      'probation',
      docName,
      member.doc,
      newEntry(MEETING.actions, 'action', (a) => {
        a.set('status', 'open');
        a.set('agencyId', server.demo.users.probation.agencyId);
        a.set('text', new Y.Text('Book the room'));
      }),
    );
    expect(action).toMatchObject({ code: 4400, reason: expect.stringContaining('server only: actions') });

    // Positive control: the same member, the same way, a well-formed decision.
    newEntry(MEETING.decisions, 'good', wellFormed)(member.doc);
    await waitFor(() => serverDoc(docName, (doc) => doc.getMap(MEETING.decisions).has('good')), 10_000, 'the well-formed decision');
    const ids = await serverDoc(docName, (doc) => [...doc.getMap(MEETING.decisions).keys()]);
    expect(ids).not.toContain('bad-item');
    expect(ids).not.toContain('long-text');
    expect(ids).not.toContain('long-author');
    expect(await serverDoc(docName, (doc) => doc.getMap(MEETING.actions).has('action'))).toBe(false);
  });

  it('refuses a bad value in a case document, and lets only the chair move the agenda', async () => {
    const personId = server.demo.meeting.agenda.find((item) => item.personId)!.personId!;
    const caseName = caseDocName(meetingId, personId);
    const member = open('probation', caseName);
    await member.synced;
    const pathway = (doc: Y.Doc) => doc.getMap(CASE.pathways).get('accommodation') as Y.Map<unknown>;
    const bad = await sendRaw('probation', caseName, member.doc, (doc) => pathway(doc).set('status', 'sorted'));
    expect(bad).toMatchObject({ code: 4400, reason: expect.stringContaining('pathways.accommodation.status') });
    pathway(member.doc).set('status', 'need');
    await waitFor(() => serverDoc(caseName, (doc) => pathway(doc).get('status') === 'need'), 10_000, 'the member’s valid status');

    const docName = meetingDocName(meetingId);
    const chair = open('chair', docName);
    const memberMeeting = open('probation', docName);
    await Promise.all([chair.synced, memberMeeting.synced]);
    const move = (doc: Y.Doc) => {
      const order = doc.getArray<string>(MEETING.agendaOrder);
      const last = order.get(order.length - 1);
      order.delete(order.length - 1, 1);
      order.insert(0, [last]);
    };
    const orderBefore = await serverDoc(docName, (doc) => doc.getArray<string>(MEETING.agendaOrder).toArray());
    const refused = await sendRaw('probation', docName, memberMeeting.doc, move);
    expect(refused).toMatchObject({ code: 4400, reason: expect.stringContaining('only the chair') });
    expect(await serverDoc(docName, (doc) => doc.getArray<string>(MEETING.agendaOrder).toArray())).toEqual(orderBefore);
    move(chair.doc);
    const expected = [orderBefore.at(-1), ...orderBefore.slice(0, -1)];
    await waitFor(async () => JSON.stringify(await serverDoc(docName, (doc) => doc.getArray<string>(MEETING.agendaOrder).toArray())) === JSON.stringify(expected), 10_000, 'the chair’s move');
  });
});
