// Access taken away is gone at once on the live channels: removing an attendee, demoting a user to
// observer, disabling an account and signing out each end (or downgrade) that user's Yjs sockets, and
// edits sent afterwards never land, while another member's edits do (the positive control).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caseDocName } from '../../shared/live/layout.js';
import { connectDoc, waitFor, type DocClient } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { newUser } from './support.js';

let server: TestServer;
let chair: ApiClient;
let admin: ApiClient;
let meetingId: string;
let personId: string;
const opened: DocClient[] = [];

const field = (doc: Y.Doc) => doc.getMap('risk').get('whoAtRisk') as Y.Text;
const held = () => server.services.documents.read(caseDocName(meetingId, personId), (doc) => field(doc).toString());

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  personId = server.demo.meeting.agenda.find((i) => i.personId)!.personId!;
  chair = await loginAs(server.url, 'chair', PASSWORD);
  admin = await loginAs(server.url, 'admin', PASSWORD);
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
});
afterAll(async () => {
  for (const client of opened) client.destroy();
  await server?.stop();
});

/** A new member of police, invited to the meeting, with the case document open and writable. */
async function memberInTheRoom(username: string): Promise<{ api: ApiClient & { id: string }; live: DocClient }> {
  const api = await newUser(server, username, 'member', server.demo.users.police.agencyId);
  const meeting = (await chair.get(`/api/meetings/${meetingId}`)).body;
  expect((await chair.patch(`/api/meetings/${meetingId}`, { attendeeIds: [...meeting.attendeeIds, api.id] })).status).toBe(200);
  const live = connectDoc(server.url, api.cookie, caseDocName(meetingId, personId));
  opened.push(live);
  await live.synced;
  const marker = `${username} was here`;
  field(live.doc).insert(0, `${marker}. `);
  await waitFor(async () => (await held()).includes(marker), 10_000, 'the member’s edit to land');
  return { api, live };
}

/** Waits for the server to close the socket; then types, and checks the text never reaches the server. */
async function expectCutOff(live: DocClient, what: string, started: number, code: number): Promise<void> {
  const closed = await live.refused;
  console.log(`${what}: live access ended ${Date.now() - started} ms after the change (close ${closed.code})`);
  expect(closed.code).toBe(code);
  const late = `${what}: typed after`;
  field(live.doc).insert(0, late);
  // Another member's edit lands after it: once it is on the server, the late edit would be too.
  const control = `${what}: control edit`;
  await server.services.documents.change(caseDocName(meetingId, personId), (doc) => field(doc).insert(0, control));
  const now = await held();
  expect(now).toContain(control);
  expect(now).not.toContain(late);
}

describe('taking access away', () => {
  it('removing an attendee closes their socket (4403)', async () => {
    const { api, live } = await memberInTheRoom('removed-member');
    const meeting = (await chair.get(`/api/meetings/${meetingId}`)).body;
    const started = Date.now();
    expect((await chair.patch(`/api/meetings/${meetingId}`, { attendeeIds: meeting.attendeeIds.filter((id: string) => id !== api.id) })).status).toBe(200);
    await expectCutOff(live, 'attendee removed', started, 4403);
  });

  it('disabling an account closes its socket (4401)', async () => {
    const { api, live } = await memberInTheRoom('disabled-member');
    const started = Date.now();
    expect((await admin.post(`/api/users/${api.id}/disable`)).status).toBe(200);
    await expectCutOff(live, 'account disabled', started, 4401);
  });

  it('signing out closes the socket of that session (4401)', async () => {
    const { api, live } = await memberInTheRoom('signed-out-member');
    const started = Date.now();
    expect((await api.post('/api/auth/logout')).status).toBeLessThan(300);
    await expectCutOff(live, 'signed out', started, 4401);
  });

  it('a socket opened right after signing out with the same cookie is refused (4401), although one opened just before', async () => {
    const { api } = await memberInTheRoom('reopening-member');
    const docName = caseDocName(meetingId, personId);
    const cookie = api.cookie;
    // The positive control: the cookie opens a socket now (and its answer may be reused by the next socket for a moment).
    const before = connectDoc(server.url, cookie, docName);
    opened.push(before);
    await before.synced;
    expect((await api.post('/api/auth/logout')).status).toBeLessThan(300);
    // Once the sign-out has reached the live layer (the open socket is closed), a new socket with the cookie opens.
    expect((await before.refused).code).toBe(4401);
    const after = connectDoc(server.url, cookie, docName);
    opened.push(after);
    expect((await after.refused).code).toBe(4401);
  });

  it('demoting a member to observer downgrades the socket: it reconnects read-only and its writes are dropped', async () => {
    const { api, live } = await memberInTheRoom('demoted-member');
    let reconnects = 0;
    live.provider.on('status', ({ status }: { status: string }) => status === 'connected' && reconnects++);
    const started = Date.now();
    expect((await admin.patch(`/api/users/${api.id}`, { role: 'observer' })).status).toBe(200);
    await waitFor(() => reconnects > 0, 10_000, 'the downgraded socket to reconnect');
    console.log(`role changed: socket downgraded and reconnected ${Date.now() - started} ms after the change`);
    await waitFor(() => live.provider.synced, 10_000, 'the read-only socket to sync');
    field(live.doc).insert(0, 'observer typed this');
    const control = 'after demotion: control edit';
    await server.services.documents.change(caseDocName(meetingId, personId), (doc) => field(doc).insert(0, control));
    await waitFor(() => field(live.doc).toString().includes(control), 10_000, 'the observer to still receive edits');
    expect(await held()).not.toContain('observer typed this');
  });
});
