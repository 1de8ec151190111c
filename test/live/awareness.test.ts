// Awareness stamping against a real server: what others see of a client's `user` is the server's
// identity for its session, whatever it claims; an awareness client id belongs to the socket that used it first.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { meetingDocName } from '../../shared/live/layout.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { openRawClient } from './rawClient.js';
import { connectDoc, waitFor, type DocClient } from './support.js';

let server: TestServer;
let docName: string;
const cookies: Record<string, string> = {};
const clients: DocClient[] = [];

function open(user: string): DocClient {
  const client = connectDoc(server.url, cookies[user], docName);
  clients.push(client);
  return client;
}

type State = { user?: Record<string, unknown>; editing?: string } | undefined;

beforeAll(async () => {
  server = await startTestServer();
  docName = meetingDocName(server.demo.meeting._id);
  for (const user of ['chair', 'probation', 'housing']) cookies[user] = (await loginAs(server.url, user, PASSWORD)).cookie;
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server?.stop();
});

describe('awareness', () => {
  it('shows others the server’s identity of a client, not the one it claims; keeps its colour and other fields', async () => {
    const housing = open('housing');
    const watcher = open('probation');
    await Promise.all([housing.synced, watcher.synced]);
    const { chair, housing: housingUser } = server.demo.users;
    housing.provider.awareness.setLocalState({
      user: { id: chair._id, name: chair.displayName, agency: 'Probation', agencyId: chair.agencyId, color: '#d4351c' },
      editing: 'risk.whoAtRisk',
    });

    const seen = await waitFor(() => watcher.provider.awareness.getStates().get(housing.doc.clientID) as State, 10_000, 'housing’s awareness');
    expect(seen?.editing).toBe('risk.whoAtRisk');
    expect(seen?.user).toMatchObject({ id: housingUser._id, name: housingUser.displayName, agencyId: housingUser.agencyId, color: '#d4351c' });
    expect(seen?.user?.agency).not.toBe('Probation');
    expect(seen?.user?.id).not.toBe(chair._id);
  });

  it('does not let a second socket overwrite or remove another socket’s awareness client id', async () => {
    const housing = open('housing');
    const watcher = open('probation');
    await Promise.all([housing.synced, watcher.synced]);
    housing.provider.awareness.setLocalStateField('editing', 'original');
    const housingId = housing.doc.clientID;
    await waitFor(() => (watcher.provider.awareness.getStates().get(housingId) as State)?.editing === 'original', 10_000, 'housing’s state');

    const raw = openRawClient(server.url, cookies.chair, docName);
    await raw.ready;
    const ownId = housingId + 1;
    // One message: the socket's own new id (the positive control) and a takeover of housing's id.
    raw.sendAwareness([
      { clientId: ownId, clock: 1, state: { editing: 'raw-own' } },
      { clientId: housingId, clock: 10_000, state: { editing: 'hijacked', user: { id: 'someone' } } },
    ]);
    await waitFor(() => (watcher.provider.awareness.getStates().get(ownId) as State)?.editing === 'raw-own', 10_000, 'the raw socket’s own state');
    // Then a removal of housing's id, followed by an update of its own id to know it was processed.
    raw.sendAwareness([
      { clientId: housingId, clock: 20_000, state: null },
      { clientId: ownId, clock: 2, state: { editing: 'raw-own-2' } },
    ]);
    await waitFor(() => (watcher.provider.awareness.getStates().get(ownId) as State)?.editing === 'raw-own-2', 10_000, 'the raw socket’s second state');

    const housingSeen = watcher.provider.awareness.getStates().get(housingId) as State;
    expect(housingSeen?.editing).toBe('original');
    expect(housingSeen?.user?.id).toBe(server.demo.users.housing._id);
    // The raw socket's own state carries its session's user (the chair).
    expect((watcher.provider.awareness.getStates().get(ownId) as State)?.user?.id).toBe(server.demo.users.chair._id);
    // Housing keeps updating its own id.
    housing.provider.awareness.setLocalStateField('editing', 'still-mine');
    await waitFor(() => (watcher.provider.awareness.getStates().get(housingId) as State)?.editing === 'still-mine', 10_000, 'housing’s later update');

    const admin = await loginAs(server.url, 'admin', PASSWORD);
    expect(((await admin.get('/api/live/metrics')).body as { sync: { awarenessDropped: number } }).sync.awarenessDropped).toBeGreaterThanOrEqual(2);
    raw.ws.close();
  });
});
