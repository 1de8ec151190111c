// After close, a still-connected Yjs client's writes are dropped: the server's document, the other
// clients and the document after a restart all stay as they were at close.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caseDocName, readActions, type ActionFields } from '../../shared/live/layout.js';
import { connectDoc, waitFor as waitUntil, type DocClient } from '../live/support.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting } from './support.js';

const servers: TestServer[] = [];
const clients: DocClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
});

const byId = (actions: ActionFields[]) => Object.fromEntries(actions.map((a) => [a.id, a]));

describe('a closed meeting seen from a still-connected live client', () => {
  it('drops its writes; the document is unchanged on the server, for other clients and after a restart', async () => {
    const server = await startTestServer();
    servers.push(server);
    const ids = demoIds(server.demo);
    const { chair, liveIds } = await prepareMeeting(server.url, ids);
    const housing = await loginAs(server.url, 'housing', PASSWORD);
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    // Kayleigh's case document holds her actions (the police visit and the housing one).
    const name = caseDocName(ids.meetingId, ids.kayleigh);
    const writer = connectDoc(server.url, chair.cookie, name);
    const watcher = connectDoc(server.url, housing.cookie, name);
    clients.push(writer, watcher);
    await Promise.all([writer.synced, watcher.synced]);

    // While the meeting is live, the same kind of write goes through (so the test below can fail).
    const text = () => writer.doc.getMap<Y.Map<unknown>>('actions').get(liveIds['police-visit'])!.get('text') as Y.Text;
    text().insert(0, 'Urgent: ');
    await waitUntil(async () => (await server.services.documents.read(name, readActions)).some((a) => a.text.startsWith('Urgent: ')), 20_000, 'live write applied');

    expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);
    const atClose = byId(await server.services.documents.read(name, readActions));
    const rejectedBefore = (await admin.get('/api/live/metrics')).body.sync.writesRejected as number;

    writer.doc.transact(() => {
      text().insert(0, 'CHANGED AFTER CLOSE ');
      writer.doc.getMap('actions').delete(liveIds['housing-formula']);
    });
    await waitUntil(async () => (await admin.get('/api/live/metrics')).body.sync.writesRejected > rejectedBefore, 20_000, 'the write to be rejected');

    expect(byId(await server.services.documents.read(name, readActions))).toEqual(atClose);
    expect(byId(readActions(watcher.doc))).toEqual(atClose);
    const minutes = (await chair.get(`/api/meetings/${ids.meetingId}/minutes`)).body.record;
    expect(minutes.actions.find((a: { liveId: string }) => a.liveId === liveIds['police-visit']).text).toBe('Urgent: Home visit after release');

    // After a restart, a fresh client loads exactly the document as it was at close.
    await server.stop();
    const again = await startTestServer({ dataDir: server.dataDir });
    servers.push(again);
    const chairAgain = await loginAs(again.url, 'chair', PASSWORD);
    const reader = connectDoc(again.url, chairAgain.cookie, name);
    clients.push(reader);
    await reader.synced;
    expect(byId(readActions(reader.doc))).toEqual(atClose);
  }, 90_000);
});
