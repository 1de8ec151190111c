// Actions in the live documents are the server's (issue 10 §3): a member who may write a case document cannot
// rewrite or delete another agency's action by writing to the document over Yjs. The socket is closed with 4400,
// the refusal is audited, the server's document is unchanged and nothing reaches the other clients; the same change
// over REST by the owning agency (the policy's live-action:change) reaches a Yjs client at once (the positive control).
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { caseDocName, meetingDocName, readLiveActions, SCOPED } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { openRawClient, updateOf } from './rawClient.js';
import { connectDoc, waitFor, type DocClient } from './support.js';
import type { LiveAction } from '../../shared/domain/actions.js';

let server: TestServer;
let meetingId: string;
let personId: string;
let standingItemId: string;
let police: ApiClient;
let housing: ApiClient;
let chair: ApiClient;
const clients: DocClient[] = [];

const actionsOf = (docName: string) => server.services.documents.read(docName, readLiveActions);
const find = (doc: Y.Doc, id: string): LiveAction | undefined => readLiveActions(doc).find((a) => a.id === id);

function open(api: ApiClient, docName: string): DocClient {
  const client = connectDoc(server.url, api.cookie, docName);
  clients.push(client);
  return client;
}

/**
 * Sends one hand-made update as `api`'s user on a fresh socket; resolves with how the server closed it, or (should
 * the server take the write) with code 0 as soon as the server's actions differ, so a regression fails at once.
 */
async function writeRaw(api: ApiClient, docName: string, base: Y.Doc, change: (doc: Y.Doc) => void): Promise<{ code: number; reason: string }> {
  const raw = openRawClient(server.url, api.cookie, docName);
  await raw.ready;
  const before = JSON.stringify(await actionsOf(docName));
  let closed: { code: number; reason: string } | null = null;
  void raw.closed.then((event) => (closed = event));
  raw.sendUpdate(updateOf(base, change));
  const outcome = await waitFor(
    async () => closed ?? (JSON.stringify(await actionsOf(docName)) !== before ? { code: 0, reason: 'the server applied the write' } : null),
    20_000,
    'the server to close the socket (or apply the write)',
  );
  raw.ws.close();
  return outcome;
}

async function addPoliceAction(body: Record<string, unknown>, watcher: DocClient): Promise<LiveAction> {
  const res = await police.post(`/api/meetings/${meetingId}/actions`, { agencyId: server.demo.users.police.agencyId, ...body });
  expect(res.status).toBe(201);
  await waitFor(() => find(watcher.doc, res.body.id), 20_000, 'the new action to reach the Yjs client');
  return res.body as LiveAction;
}

const actionMap = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>(SCOPED.actions).get(id)!;

/** Each way a member could rewrite or delete another agency's action over Yjs. */
function forgeries(id: string): [string, (doc: Y.Doc) => void][] {
  return [
    [
      'take it over (agency, owner, due date)',
      (doc) => {
        const action = actionMap(doc, id);
        action.set('agencyId', server.demo.users.housing.agencyId);
        action.set('owner', 'Someone else');
        action.set('dueDate', '2031-02-01');
      },
    ],
    ['rewrite its text', (doc) => (actionMap(doc, id).get('text') as Y.Text).insert(0, 'Do not ')],
    ['delete it', (doc) => doc.getMap(SCOPED.actions).delete(id)],
    [
      'add one in the owning agency’s name',
      (doc) => {
        const forged = new Y.Map<unknown>();
        doc.getMap(SCOPED.actions).set('forged-action', forged);
        forged.set('text', new Y.Text('Forged'));
        forged.set('agencyId', server.demo.users.police.agencyId);
        forged.set('status', 'open');
      },
    ],
  ];
}

beforeAll(async () => {
  server = await startTestServer();
  meetingId = server.demo.meeting._id;
  personId = server.demo.meeting.agenda.find((item) => item.personId)!.personId!;
  standingItemId = server.demo.meeting.agenda.find((item) => !item.personId)!.id;
  [chair, police, housing] = await Promise.all(['chair', 'police', 'housing'].map((u) => loginAs(server.url, u, PASSWORD)));
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server?.stop();
});

describe('actions in the live documents are written by the server only', () => {
  it('closes a member’s socket with 4400 when it rewrites or deletes another agency’s action in a case document; REST by the owner reaches the room', async () => {
    const docName = caseDocName(meetingId, personId);
    // What crosses the live channel: the chair's client holds the case document throughout.
    const watcher = open(chair, docName);
    const writer = open(housing, docName);
    await Promise.all([watcher.synced, writer.synced]);
    const action = await addPoliceAction({ text: 'Visit the address before release', personId }, watcher);
    await waitFor(() => find(writer.doc, action.id), 20_000, 'the action to reach the writer');
    const before = await actionsOf(docName);
    const refusalsBefore = (await server.services.audit.search({ action: 'access.refused', targetId: docName }, { limit: 1 })).total;

    const forged = forgeries(action.id);
    for (const [what, change] of forged) {
      const closed = await writeRaw(housing, docName, writer.doc, change);
      expect(closed, what).toMatchObject({ code: 4400, reason: expect.stringContaining('server only: actions') });
    }
    expect(await actionsOf(docName)).toEqual(before);
    await waitFor(
      async () => (await server.services.audit.search({ action: 'access.refused', targetId: docName }, { limit: 1 })).total >= refusalsBefore + forged.length,
      20_000,
      'each refusal in the audit',
    );
    // The member's own provider was not the one refused: it still writes the members' parts of the document.
    (writer.doc.getMap<Y.Map<unknown>>('pathways').get('accommodation') as Y.Map<unknown>).set('status', 'need');
    await waitFor(() => (watcher.doc.getMap<Y.Map<unknown>>('pathways').get('accommodation') as Y.Map<unknown>).get('status') === 'need', 20_000, 'the member’s pathway edit');

    // Positive control: the owning agency makes the same change over REST, and the room sees it.
    const changed = await police.patch(`/api/meetings/${meetingId}/actions/${action.id}`, {
      agencyId: server.demo.users.housing.agencyId,
      owner: 'Someone else',
      dueDate: '2031-02-01',
      text: 'Do not visit the address before release',
    });
    expect(changed.status).toBe(200);
    await waitFor(() => find(watcher.doc, action.id)?.owner === 'Someone else', 20_000, 'the REST change to reach the Yjs client');
    // Relayed in order: had any forgery been applied it would have reached the watcher before the REST change.
    expect(find(watcher.doc, action.id)).toMatchObject({ agencyId: server.demo.users.housing.agencyId, dueDate: '2031-02-01', text: 'Do not visit the address before release' });
    expect(find(watcher.doc, 'forged-action')).toBeUndefined();
    expect(readLiveActions(watcher.doc)).toEqual(await actionsOf(docName));

    const removed = await police.json('DELETE', `/api/meetings/${meetingId}/actions/${action.id}`, { reason: 'Recorded twice' });
    expect(removed.status).toBe(200);
    await waitFor(() => !find(watcher.doc, action.id), 20_000, 'the REST removal to reach the Yjs client');
  });

  it('refuses the same over Yjs for a standing item’s action in the meeting document', async () => {
    const docName = meetingDocName(meetingId);
    const watcher = open(chair, docName);
    const writer = open(housing, docName);
    await Promise.all([watcher.synced, writer.synced]);
    const action = await addPoliceAction({ text: 'Circulate the panel’s contact list', itemId: standingItemId }, watcher);
    await waitFor(() => find(writer.doc, action.id), 20_000, 'the action to reach the writer');
    const before = await actionsOf(docName);

    for (const [what, change] of forgeries(action.id)) {
      const closed = await writeRaw(housing, docName, writer.doc, change);
      expect(closed, what).toMatchObject({ code: 4400, reason: expect.stringContaining('server only: actions') });
    }
    // Even the chair's client may not: the chair changes actions over REST like everyone else.
    const byChair = await writeRaw(chair, docName, watcher.doc, (doc) => actionMap(doc, action.id).set('status', 'done'));
    expect(byChair).toMatchObject({ code: 4400, reason: expect.stringContaining('server only: actions') });
    expect(await actionsOf(docName)).toEqual(before);

    // Positive control: the chair changes it over REST, and the member's client sees it.
    expect((await chair.patch(`/api/meetings/${meetingId}/actions/${action.id}`, { status: 'done', owner: 'Panel administrator' })).status).toBe(200);
    await waitFor(() => find(writer.doc, action.id)?.status === 'done', 20_000, 'the REST change to reach the Yjs client');
    expect(find(writer.doc, action.id)).toMatchObject({ owner: 'Panel administrator', text: 'Circulate the panel’s contact list' });
    expect(find(writer.doc, 'forged-action')).toBeUndefined();
  });
});
