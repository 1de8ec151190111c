// Every look and every edit can be accounted for: each audited event adds exactly one entry, on each
// channel (REST, Yjs, Socket.IO), and live edits are gathered into one entry per user, document and window.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { caseDocName } from '../../shared/live/layout.js';
import { closeAllClients, connected, controlClient } from '../live/controlSupport.js';
import { connectDoc, waitFor, type DocClient } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

const EDIT_WINDOW_MS = 400;

let server: TestServer;
let chair: ApiClient;
let housing: ApiClient;
let meetingId: string;
let personId: string;
const opened: DocClient[] = [];

async function count(action: string, extra: Record<string, string> = {}): Promise<number> {
  return (await server.services.audit.search({ action, ...extra }, { limit: 1 })).total;
}

beforeAll(async () => {
  server = await startTestServer({ auditEditWindowMs: EDIT_WINDOW_MS });
  meetingId = server.demo.meeting._id;
  personId = server.demo.meeting.agenda.find((i) => i.personId)!.personId!;
  chair = await loginAs(server.url, 'chair', PASSWORD);
  housing = await loginAs(server.url, 'housing', PASSWORD);
  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
});
afterAll(async () => {
  closeAllClients();
  for (const client of opened) client.destroy();
  await server?.stop();
});

describe('one entry per event', () => {
  it('a meeting viewed over REST', async () => {
    const before = await count('meeting.view');
    expect((await housing.get(`/api/meetings/${meetingId}`)).status).toBe(200);
    expect(await count('meeting.view')).toBe(before + 1);
  });

  it('a live document opened', async () => {
    const before = await count('document.open');
    const live = connectDoc(server.url, housing.cookie, caseDocName(meetingId, personId));
    opened.push(live);
    await live.synced;
    await waitFor(async () => (await count('document.open')) === before + 1, 10_000, 'the open to be audited');
    expect(await count('document.open')).toBe(before + 1);
  });

  it('live edits: one entry per user and document per window, counting the edits', async () => {
    const docName = caseDocName(meetingId, personId);
    const live = connectDoc(server.url, chair.cookie, docName);
    opened.push(live);
    await live.synced;
    const before = await count('document.edit', { targetId: docName });
    const text = live.doc.getMap('risk').get('whoAtRisk') as Y.Text;
    for (const word of ['Known ', 'adult ', 'partner ']) text.insert(text.length, word);
    await waitFor(async () => (await count('document.edit', { targetId: docName })) > before, 10_000, 'the edit window to be written');
    const entries = await server.services.audit.search({ action: 'document.edit', targetId: docName }, { limit: 10 });
    expect(entries.total).toBe(before + 1);
    expect(entries.items[0].userId).toBe(server.demo.users.chair._id);
    expect(entries.items[0].details?.edits).toBeGreaterThanOrEqual(1);
  });

  it('a refused Yjs connection', async () => {
    const before = await count('access.refused');
    const attempt = connectDoc(server.url, '', caseDocName(meetingId, personId));
    opened.push(attempt);
    expect((await attempt.refused).code).toBe(4401);
    await waitFor(async () => (await count('access.refused')) === before + 1, 10_000, 'the refusal to be audited');
    expect(await count('access.refused')).toBe(before + 1);
  });

  it('a refused Socket.IO event', async () => {
    const socket = controlClient(server.url, housing.cookie);
    await connected(socket);
    expect(await socket.emitWithAck('meeting:join', { meetingId })).not.toHaveProperty('error');
    const before = await count('access.refused');
    expect(await socket.emitWithAck('meeting:pause', { meetingId })).toHaveProperty('error');
    await waitFor(async () => (await count('access.refused')) === before + 1, 10_000, 'the refusal to be audited');
    const [entry] = (await server.services.audit.search({ action: 'access.refused' }, { limit: 1 })).items;
    expect(entry).toMatchObject({ userId: server.demo.users.housing._id, details: { channel: 'socket.io' } });
  });

  it('a refused REST request', async () => {
    const before = await count('access.refused');
    expect((await housing.post(`/api/meetings/${meetingId}/close`)).status).toBe(403);
    expect(await count('access.refused')).toBe(before + 1);
  });
});
