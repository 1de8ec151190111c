// Live revocation against a real server: taking a member off a meeting closes their open Yjs sockets with
// 4403 and takes them out of the Socket.IO room; signing out closes that session's sockets with 4401.
// Edits sent after the decision never land; the chair's edits (the positive control) do.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import * as Y from 'yjs';
import { isErrorAck } from '../../shared/live/controlEvents.js';
import { meetingDocName, notesFragmentName } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { closeAllClients, connected, controlClient, type ControlClient } from './controlSupport.js';
import { openRawClient, updateOf } from './rawClient.js';
import { connectDoc, newMeetingInput, waitFor, type DocClient } from './support.js';

const ACK_MS = 15_000;

let server: TestServer;
let chair: ApiClient;
const cookies: Record<string, string> = {};
const clients: DocClient[] = [];

function open(cookie: string, docName: string): DocClient {
  const client = connectDoc(server.url, cookie, docName);
  clients.push(client);
  return client;
}

/** A new meeting with one standing item, the given users invited. */
async function newMeeting(title: string, invitees: string[]): Promise<{ meetingId: string; itemId: string }> {
  const res = await chair.post('/api/meetings', newMeetingInput(server.demo, title, invitees, [{ title: 'Partnership updates', kind: 'standing' }]));
  expect(res.status).toBe(201);
  return { meetingId: res.body._id, itemId: res.body.agenda[0].id };
}

function notes(doc: Y.Doc, itemId: string): string {
  return doc.getXmlFragment(notesFragmentName(itemId)).toString();
}

function serverNotes(meetingId: string, itemId: string): Promise<string> {
  return server.services.documents.read(meetingDocName(meetingId), (doc) => notes(doc, itemId));
}

function insertNote(doc: Y.Doc, itemId: string, text: string): void {
  doc.getXmlFragment(notesFragmentName(itemId)).insert(0, [new Y.XmlText(text)]);
}

async function metrics() {
  const admin = await loginAs(server.url, 'admin', PASSWORD);
  return (await admin.get('/api/live/metrics')).body as { sync: { revoked: Record<string, number> } };
}

beforeAll(async () => {
  server = await startTestServer();
  chair = await loginAs(server.url, 'chair', PASSWORD);
  cookies.chair = chair.cookie;
  for (const user of ['probation', 'housing']) cookies[user] = (await loginAs(server.url, user, PASSWORD)).cookie;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  closeAllClients();
});
afterAll(async () => {
  await server?.stop();
});

describe('live revocation', () => {
  it('closes a removed member’s Yjs sockets with 4403 within a second; their later edit never lands, the chair’s does', async () => {
    const { meetingId, itemId } = await newMeeting('Revocation', ['probation', 'housing']);
    const docName = meetingDocName(meetingId);
    const chairDoc = open(cookies.chair, docName);
    const housing = open(cookies.housing, docName);
    await Promise.all([chairDoc.synced, housing.synced]);
    const raw = openRawClient(server.url, cookies.housing, docName);
    await raw.ready;

    // Positive control: before the change, housing's edits land.
    insertNote(housing.doc, itemId, 'HOUSING-BEFORE');
    await waitFor(async () => (await serverNotes(meetingId, itemId)).includes('HOUSING-BEFORE'), 10_000, 'housing edit before removal');

    const closing = housing.refused;
    const res = await chair.patch(`/api/meetings/${meetingId}`, { attendeeIds: [server.demo.users.probation._id] });
    expect(res.status).toBe(200);
    const removedAt = Date.now();
    // Sent after the decision, on a socket that was open and ready: it must never be applied.
    raw.sendUpdate(updateOf(housing.doc, (doc) => insertNote(doc, itemId, 'HOUSING-AFTER')));

    const closed = await closing;
    const elapsed = Date.now() - removedAt;
    console.log(`[revocation] removed member's Yjs socket closed ${elapsed} ms after the PATCH answered`);
    expect(closed).toEqual({ code: 4403, reason: 'access removed' });
    expect(elapsed).toBeLessThan(1000);
    expect((await raw.closed).code).toBe(4403);

    insertNote(chairDoc.doc, itemId, 'CHAIR-AFTER');
    await waitFor(async () => (await serverNotes(meetingId, itemId)).includes('CHAIR-AFTER'), 10_000, 'the chair’s edit');
    await server.services.documents.flush();
    expect(await serverNotes(meetingId, itemId)).not.toContain('HOUSING-AFTER');
    expect(notes(chairDoc.doc, itemId)).not.toContain('HOUSING-AFTER');
    // Reconnecting is refused.
    expect((await open(cookies.housing, docName).refused).code).toBe(4403);
    expect((await metrics()).sync.revoked.accessRemoved).toBeGreaterThanOrEqual(2);
  });

  it('holds edits that arrive while the re-check runs, and drops them when access is gone', async () => {
    const { meetingId, itemId } = await newMeeting('Race', ['probation', 'housing']);
    const docName = meetingDocName(meetingId);
    const base = open(cookies.housing, docName);
    await base.synced;
    const raw = openRawClient(server.url, cookies.housing, docName);
    await raw.ready;
    const meetings = server.store.collection('meetings');
    await meetings.updateOne({ _id: meetingId }, { $set: { attendeeIds: [server.demo.users.chair._id, server.demo.users.probation._id] } });

    // A slow account lookup widens the window: the edit reaches the server while the re-check is still running.
    const users = server.services.users;
    const lookup = users.findActiveById.bind(users);
    users.findActiveById = async (id: string) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return lookup(id);
    };
    try {
      server.services.events.emit('access:changed', { meetingId });
      raw.sendUpdate(updateOf(base.doc, (doc) => insertNote(doc, itemId, 'IN-FLIGHT')));
      expect((await raw.closed).code).toBe(4403);
    } finally {
      users.findActiveById = lookup;
    }
    await server.services.documents.flush();
    expect(await serverNotes(meetingId, itemId)).not.toContain('IN-FLIGHT');
  });

  it('closes the sockets of a session that signed out with 4401, and disconnects its Socket.IO socket', async () => {
    const { meetingId, itemId } = await newMeeting('Sign out', ['probation']);
    const docName = meetingDocName(meetingId);
    const leaving = await loginAs(server.url, 'probation', PASSWORD);
    const staying = open(cookies.probation, docName);
    const signedIn = open(leaving.cookie, docName);
    await Promise.all([staying.synced, signedIn.synced]);
    const control = controlClient(server.url, leaving.cookie);
    await connected(control);
    const disconnected = new Promise<string>((resolve) => control.once('disconnect', (reason) => resolve(reason)));

    const res = await leaving.request('POST', '/api/auth/logout');
    expect(res.status).toBe(204);
    const loggedOutAt = Date.now();
    expect(await signedIn.refused).toEqual({ code: 4401, reason: 'session ended' });
    expect(Date.now() - loggedOutAt).toBeLessThan(1000);
    expect(await disconnected).toBe('io server disconnect');

    // The same user's other session (the positive control) is untouched and still writes.
    expect(staying.provider.wsconnected).toBe(true);
    insertNote(staying.doc, itemId, 'STILL-HERE');
    await waitFor(async () => (await serverNotes(meetingId, itemId)).includes('STILL-HERE'), 10_000, 'the other session’s edit');
    expect((await metrics()).sync.revoked.sessionEnded).toBeGreaterThanOrEqual(1);
  });

  it('closes the sockets of a session deleted from the store once an access change names its user', async () => {
    const { meetingId } = await newMeeting('Session deleted', ['probation']);
    const session = await loginAs(server.url, 'probation', PASSWORD);
    const client = open(session.cookie, meetingDocName(meetingId));
    await client.synced;
    const sessions = server.store.collection('sessions');
    const before = await sessions.count({});
    // The session id inside the signed cookie value `s:<sid>.<signature>`: only this session goes.
    const sid = decodeURIComponent(session.cookie.split('=')[1]).slice(2).split('.')[0];
    expect(await sessions.deleteMany({ _id: sid })).toBe(1);
    expect(await sessions.count({})).toBe(before - 1);
    server.services.events.emit('access:changed', { userId: server.demo.users.probation._id });
    expect(await client.refused).toEqual({ code: 4401, reason: 'session ended' });
  });

  it('downgrades a writer who becomes an observer: 4100, then a read-only reconnection', async () => {
    const { meetingId, itemId } = await newMeeting('Downgrade', ['probation', 'housing']);
    const docName = meetingDocName(meetingId);
    const housing = open(cookies.housing, docName);
    const chairDoc = open(cookies.chair, docName);
    await Promise.all([housing.synced, chairDoc.synced]);
    const closes: number[] = [];
    housing.provider.on('connection-close', (event) => event && closes.push(event.code));

    const users = server.store.collection('users');
    const housingId = server.demo.users.housing._id;
    await users.updateOne({ _id: housingId }, { $set: { role: 'observer' } });
    try {
      server.services.events.emit('access:changed', { userId: housingId });
      await waitFor(() => closes.includes(4100), 5000, 'the 4100 close');
      await waitFor(() => housing.provider.synced, 10_000, 'the read-only reconnection');
      insertNote(housing.doc, itemId, 'OBSERVER-EDIT');
      insertNote(chairDoc.doc, itemId, 'CHAIR-EDIT');
      await waitFor(async () => (await serverNotes(meetingId, itemId)).includes('CHAIR-EDIT'), 10_000, 'the chair’s edit');
      await waitFor(() => notes(housing.doc, itemId).includes('CHAIR-EDIT'), 10_000, 'the observer still receiving');
      expect(await serverNotes(meetingId, itemId)).not.toContain('OBSERVER-EDIT');
    } finally {
      await users.updateOne({ _id: housingId }, { $set: { role: 'member' } });
    }
  });

  it('takes a removed member out of the Socket.IO room: access:revoked, then no more meeting:state', async () => {
    const { meetingId } = await newMeeting('Room revocation', ['probation', 'housing']);
    const join = async (cookie: string) => {
      const socket = controlClient(server.url, cookie);
      await connected(socket);
      const result = await socket.timeout(ACK_MS).emitWithAck('meeting:join', { meetingId });
      if (isErrorAck(result)) throw new Error(result.error);
      return socket;
    };
    const chairSocket = await join(cookies.chair);
    const housingSocket: ControlClient = await join(cookies.housing);
    const revoked = new Promise<unknown>((resolve) => (housingSocket as unknown as Socket).once('access:revoked', resolve));

    const res = await chair.patch(`/api/meetings/${meetingId}`, { attendeeIds: [server.demo.users.probation._id] });
    expect(res.status).toBe(200);
    expect(await revoked).toEqual({ meetingId, reason: 'access removed' });
    await waitFor(() => chairSocket.presences.at(-1)?.users.every((u) => u.userId !== server.demo.users.housing._id), 10_000, 'housing gone from presence');

    const statesBefore = housingSocket.states.length;
    const chairStatesBefore = chairSocket.states.length;
    const started = await chairSocket.timeout(ACK_MS).emitWithAck('meeting:start', { meetingId });
    expect(isErrorAck(started)).toBe(false);
    await waitFor(() => chairSocket.states.length > chairStatesBefore, 10_000, 'the chair’s meeting:state (positive control)');
    // Another broadcast round trip to the chair, so anything sent to housing would have arrived by now.
    await chairSocket.timeout(ACK_MS).emitWithAck('meeting:pause', { meetingId });
    await waitFor(() => chairSocket.states.length > chairStatesBefore + 1, 10_000, 'the second meeting:state');
    expect(housingSocket.states.length).toBe(statesBefore);
    expect(housingSocket.connected).toBe(true);
  });
});
