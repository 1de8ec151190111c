// After close, a still-connected Yjs client's writes are dropped: the server's document, the other
// clients and the document after a restart all stay as they were at close.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, caseDocName, readLiveActions, readCase } from '../../shared/live/layout.js';
import { connectDoc, waitFor as waitUntil, type DocClient } from '../live/support.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { demoIds, prepareMeeting } from './support.js';
import type { LiveAction } from '../../shared/domain/actions.js';

const servers: TestServer[] = [];
const clients: DocClient[] = [];
afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.stop();
});

const byId = (actions: LiveAction[]) => Object.fromEntries(actions.map((a) => [a.id, a]));
/** What a case document holds that clients write (the assessment, plan, checklist) and its actions (the server's). */
const stateOf = (doc: Y.Doc) => ({ case: readCase(doc), actions: byId(readLiveActions(doc)) });

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

    // While the meeting is live, the same kind of write goes through (so the test below can fail). Clients write the
    // assessment; actions are the server's (changed over REST), so the actions below are checked for being unchanged.
    const text = () => writer.doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text;
    text().insert(0, 'Urgent: ');
    await waitUntil(async () => (await server.services.documents.read(name, readCase)).risk.natureOfRisk?.startsWith('Urgent: '), 20_000, 'live write applied');
    expect(Object.keys(byId(readLiveActions(writer.doc)))).toEqual(expect.arrayContaining([liveIds['police-visit'], liveIds['housing-formula']]));

    expect((await chair.post(`/api/meetings/${ids.meetingId}/close`)).status).toBe(200);
    const atClose = await server.services.documents.read(name, stateOf);
    const rejectedBefore = (await admin.get('/api/live/metrics')).body.sync.writesRejected as number;

    writer.doc.transact(() => {
      text().delete(0, 'Urgent: '.length);
      text().insert(0, 'CHANGED AFTER CLOSE ');
      (writer.doc.getMap(CASE.pathways).get('accommodation') as Y.Map<unknown>).set('status', 'need');
    });
    await waitUntil(async () => (await admin.get('/api/live/metrics')).body.sync.writesRejected > rejectedBefore, 20_000, 'the write to be rejected');

    expect(await server.services.documents.read(name, stateOf)).toEqual(atClose);
    expect(stateOf(watcher.doc)).toEqual(atClose);
    expect(atClose.case.risk.natureOfRisk).toMatch(/^Urgent: /);
    const minutes = (await chair.get(`/api/meetings/${ids.meetingId}/minutes`)).body.record;
    expect(minutes.actions.find((a: { liveId: string }) => a.liveId === liveIds['police-visit']).text).toBe(atClose.actions[liveIds['police-visit']].text);

    // After a restart, a fresh client loads exactly the document as it was at close.
    await server.stop();
    const again = await startTestServer({ dataDir: server.dataDir });
    servers.push(again);
    const chairAgain = await loginAs(again.url, 'chair', PASSWORD);
    const reader = connectDoc(again.url, chairAgain.cookie, name);
    clients.push(reader);
    await reader.synced;
    expect(stateOf(reader.doc)).toEqual(atClose);
  });
});
