// Meeting control over Socket.IO against a real server: presence, the current item, start / pause /
// resume, attendance, and every refusal (non-chair, uninvited, anonymous).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorAck, type JoinResult, type MeetingStateEvent } from '../../shared/live/controlEvents.js';
import { MEETING, meetingDocName } from '../../shared/live/layout.js';
import { ApiClient, loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { closeAllClients, connected, controlClient, refusal, type ControlClient } from './controlSupport.js';
import { waitFor } from './support.js';

const WAIT_MS = 20_000;

const ACK_MS = 15_000;

let server: TestServer;
let meetingId: string;
let agenda: { id: string }[];
const cookies: Record<string, string> = {};

async function joined(username: string): Promise<{ socket: ControlClient; result: JoinResult }> {
  const socket = controlClient(server.url, cookies[username]);
  await connected(socket);
  const result = await socket.timeout(ACK_MS).emitWithAck('meeting:join', { meetingId });
  if (isErrorAck(result)) throw new Error(`join as ${username} refused: ${result.error}`);
  return { socket, result };
}

function control() {
  return server.services.documents.read(meetingDocName(meetingId), (doc) => doc.getMap(MEETING.control).toJSON());
}

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  agenda = server.demo.meeting.agenda;
  const outsider = await server.services.users.create({
    username: 'outsider',
    displayName: 'Uninvited Officer',
    agencyId: server.demo.users.police.agencyId,
    role: 'member',
    password: PASSWORD,
  });
  expect(outsider.username).toBe('outsider');
  for (const username of ['chair', 'police', 'observer', 'outsider']) cookies[username] = (await loginAs(server.url, username, PASSWORD)).cookie;
});

afterAll(async () => {
  closeAllClients();
  await server?.stop();
});

describe('meeting control over Socket.IO', () => {
  it('lists everyone in the room once, however many tabs they have', async () => {
    const t0 = Date.now();
    const chair = await joined('chair');
    expect(chair.result).toMatchObject({ meetingId, status: 'scheduled', state: 'scheduled', currentItemId: agenda[0].id, canControl: true });
    const police = await joined('police');
    expect(police.result.canControl).toBe(false);
    await joined('police'); // a second tab
    console.log(`three joins answered in ${Date.now() - t0} ms`);

    const names = (users: { displayName: string }[]) => users.map((u) => u.displayName).sort();
    const expected = [server.demo.users.chair.displayName, server.demo.users.police.displayName].sort();
    const latest = await waitFor(() => {
      const last = chair.socket.presences.at(-1);
      return last?.users.length === 2 ? last : undefined;
    }, WAIT_MS, 'presence of chair and police');
    expect(names(latest.users)).toEqual(expected);
    expect(latest.users.find((u) => u.userId === server.demo.users.police._id)).toMatchObject({
      agencyName: 'Police IOM Team',
      role: 'member',
      agencyId: server.demo.users.police.agencyId,
    });
    expect(latest.users.every((u) => typeof u.since === 'string')).toBe(true);
  });

  it('sends the chair’s current item to everyone and writes it into the meeting document', async () => {
    const chair = await joined('chair');
    const police = await joined('police');
    const target = agenda[2].id;
    const ack = await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: target });
    expect(ack).toMatchObject({ meetingId, currentItemId: target });
    const seen = await waitFor(() => police.socket.states.find((s) => s.currentItemId === target), WAIT_MS, 'police to receive the new item');
    expect(seen).toEqual<MeetingStateEvent>({ meetingId, status: 'scheduled', state: 'scheduled', currentItemId: target });
    expect((await control()).currentItemId).toBe(target);
  });

  it('refuses the current item from a non-chair and changes nothing', async () => {
    const chair = await joined('chair');
    const police = await joined('police');
    const before = (await control()).currentItemId;
    const statesBefore = chair.socket.states.length;
    const ack = await police.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[4].id });
    expect(ack).toEqual({ error: 'Only the chair can move the agenda' });
    expect((await control()).currentItemId).toBe(before);
    // A later chair move is the next state the chair sees: nothing was broadcast in between.
    await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[1].id });
    await waitFor(() => chair.socket.states.length > statesBefore, WAIT_MS, 'the chair’s own move');
    expect(chair.socket.states.slice(statesBefore).map((s) => s.currentItemId)).toEqual([agenda[1].id]);
  });

  it('refuses an item that is not on the agenda', async () => {
    const chair = await joined('chair');
    const ack = await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: 'no-such-item' });
    expect(ack).toEqual({ error: 'Agenda item not found' });
    const bad = await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId } as never);
    expect(bad).toEqual({ error: 'Invalid itemId' });
  });

  it('refuses an uninvited user and an anonymous client', async () => {
    const outsider = controlClient(server.url, cookies.outsider);
    await connected(outsider);
    const ack = await outsider.timeout(ACK_MS).emitWithAck('meeting:join', { meetingId });
    expect(ack).toEqual({ error: 'You are not invited to this meeting' });
    const move = await outsider.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[3].id });
    expect(isErrorAck(move)).toBe(true);

    expect(await refusal(controlClient(server.url, ''))).toBe('Sign in to join meetings');
    expect(await refusal(controlClient(server.url, 'roundtable.sid=s%3Aforged.signature'))).toBe('Sign in to join meetings');
  });

  it('starts, pauses and resumes for the chair only, and records who was present for which item', async () => {
    const chair = await joined('chair');
    const police = await joined('police');
    const observer = await joined('observer');

    expect(await police.socket.timeout(ACK_MS).emitWithAck('meeting:start', { meetingId })).toEqual({ error: 'Only the chair can start the meeting' });
    expect(await chair.socket.timeout(ACK_MS).emitWithAck('meeting:pause', { meetingId })).toEqual({ error: 'The meeting has not started' });

    expect(await chair.socket.timeout(ACK_MS).emitWithAck('meeting:start', { meetingId })).toMatchObject({ status: 'live', state: 'running' });
    await waitFor(() => police.socket.states.find((s) => s.state === 'running'), WAIT_MS, 'police to see the meeting running');
    expect((await server.services.meetings.load(meetingId)).status).toBe('live');

    expect(await observer.socket.timeout(ACK_MS).emitWithAck('meeting:pause', { meetingId })).toEqual({ error: 'Only the chair can pause the meeting' });
    expect(await chair.socket.timeout(ACK_MS).emitWithAck('meeting:pause', { meetingId })).toMatchObject({ state: 'paused' });
    await waitFor(() => police.socket.states.find((s) => s.state === 'paused'), WAIT_MS, 'police to see the pause');
    expect((await control()).state).toBe('paused');
    expect(await chair.socket.timeout(ACK_MS).emitWithAck('meeting:resume', { meetingId })).toMatchObject({ state: 'running' });
    await waitFor(() => police.socket.states.filter((s) => s.state === 'running').length === 2, WAIT_MS, 'police to see the resume');

    await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[3].id });
    const attendance = await waitFor(async () => {
      const map = await server.services.documents.read(meetingDocName(meetingId), (doc) => doc.getMap(MEETING.attendance).toJSON());
      const police = map[server.demo.users.police._id] as { itemIds: string[] } | undefined;
      return police?.itemIds.includes(agenda[3].id) ? map : undefined;
    }, WAIT_MS, 'attendance of police for the new item');
    const policeEntry = attendance[server.demo.users.police._id] as { displayName: string; agencyId: string; firstSeen: string; itemIds: string[] };
    expect(policeEntry).toMatchObject({ displayName: server.demo.users.police.displayName, agencyId: server.demo.users.police.agencyId });
    expect(policeEntry.itemIds).toEqual([agenda[1].id, agenda[3].id]);
    expect(Object.keys(attendance)).toEqual(expect.arrayContaining([server.demo.users.chair._id, server.demo.users.observer._id]));
    // Someone who leaves is not present for the next item.
    observer.socket.disconnect();
    await waitFor(() => chair.socket.presences.at(-1)?.users.every((u) => u.userId !== server.demo.users.observer._id), WAIT_MS, 'observer to leave');
    await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[4].id });
    await waitFor(async () => {
      const map = await server.services.documents.read(meetingDocName(meetingId), (doc) => doc.getMap(MEETING.attendance).toJSON());
      return (map[server.demo.users.police._id] as { itemIds: string[] }).itemIds.includes(agenda[4].id);
    }, WAIT_MS, 'police present for the next item');
    const after = await server.services.documents.read(meetingDocName(meetingId), (doc) => doc.getMap(MEETING.attendance).toJSON());
    expect((after[server.demo.users.observer._id] as { itemIds: string[] }).itemIds).not.toContain(agenda[4].id);
  });

  it('tells the room when the meeting closes', async () => {
    const police = await joined('police');
    const chairApi = new ApiClient(server.url);
    chairApi.cookie = cookies.chair;
    expect((await chairApi.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    const closed = await waitFor(() => police.socket.states.find((s) => s.state === 'closed'), WAIT_MS, 'the closed state');
    expect(closed).toMatchObject({ meetingId, status: 'closed', state: 'closed' });
    // Nothing moves any more, and a late joiner sees the meeting closed.
    const chair = await joined('chair');
    expect(chair.result).toMatchObject({ state: 'closed', canControl: false });
    expect(await chair.socket.timeout(ACK_MS).emitWithAck('meeting:setCurrentItem', { meetingId, itemId: agenda[0].id })).toEqual({ error: 'The meeting is closed' });
  });
});
