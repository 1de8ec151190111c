// The Yjs endpoint against a real server: convergence, read-only members, refusals, broken
// messages and long histories. Clients are real y-websocket providers over real sockets.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CASE, caseDocName, initCaseDoc, meetingDocName, readCase, restrictedDocName } from '../../shared/live/layout.js';
import { createDocumentHub } from '../../server/documents/index.js';
import { Conflict } from '../../server/errors.js';
import { storedRecords, storeUpdates } from '../support/documentLog.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { connectDoc, newMeetingInput, openRawSocket, readDocFromDisk, waitFor, type DocClient } from './support.js';

let server: TestServer;
const cookies: Record<string, string> = {};
let admin: ApiClient;
const clients: DocClient[] = [];

function open(user: string, docName: string): DocClient {
  const client = connectDoc(server.url, cookies[user] ?? '', docName);
  clients.push(client);
  return client;
}

function riskText(doc: Y.Doc, field = 'natureOfRisk'): Y.Text {
  return doc.getMap(CASE.risk).get(field) as Y.Text;
}

function personOnAgenda(index: number): string {
  return server.demo.meeting.agenda.filter((item) => item.personId)[index].personId!;
}

/** Schedules a meeting as the chair, inviting `invitees`, with one case item per person given. */
async function scheduleMeeting(title: string, invitees: string[], people: { _id: string; name: string }[] = []) {
  const chair = await loginAs(server.url, 'chair', PASSWORD);
  return chair.post('/api/meetings', newMeetingInput(server.demo, title, invitees, people.map((p) => ({ title: p.name, kind: 'case' as const, personId: p._id }))));
}

async function metrics() {
  const res = await admin.get('/api/live/metrics');
  expect(res.status).toBe(200);
  return res.body as { sync: Record<string, number> & { refused: Record<string, number> }; documents: Record<string, number> };
}

beforeAll(async () => {
  server = await startTestServer();
  for (const user of ['chair', 'probation', 'police', 'housing', 'observer']) cookies[user] = (await loginAs(server.url, user, PASSWORD)).cookie;
  admin = await loginAs(server.url, 'admin', PASSWORD);
});
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
});
afterAll(async () => {
  await server?.stop();
});

describe('yjs sync', () => {
  it('two agencies typing into the same case document at once converge', async () => {
    const docName = caseDocName(server.demo.meeting._id, personOnAgenda(0));
    const probation = open('probation', docName);
    const housing = open('housing', docName);
    await Promise.all([probation.synced, housing.synced]);
    // The server filled the document once: both see the same shared types.
    expect(riskText(probation.doc)).toBeInstanceOf(Y.Text);
    expect(riskText(housing.doc)).toBeInstanceOf(Y.Text);

    const tokens: string[] = [];
    for (let round = 0; round < 40; round++) {
      for (const [who, client] of [['P', probation], ['H', housing]] as const) {
        const text = riskText(client.doc);
        const token = `[${who}${round}]`;
        tokens.push(token);
        // At either end, so that no token lands inside another and each can be found whole.
        text.insert(Math.random() < 0.5 ? 0 : text.length, token);
      }
      if (round % 5 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await waitFor(() => riskText(probation.doc).toString() === riskText(housing.doc).toString() && riskText(probation.doc).length === tokens.join('').length, 20_000, 'convergence');
    const final = riskText(probation.doc).toString();
    for (const token of tokens) expect(final).toContain(token);

    // Propagation latency of one edit, measured (not asserted).
    const seen = new Promise<number>((resolve) => {
      const text = riskText(housing.doc);
      const observer = () => {
        if (text.toString().includes('LATENCY-PROBE')) {
          text.unobserve(observer);
          resolve(performance.now());
        }
      };
      text.observe(observer);
    });
    const start = performance.now();
    riskText(probation.doc).insert(0, 'LATENCY-PROBE');
    console.log(`[sync] propagation latency of one edit probation → housing: ${((await seen) - start).toFixed(1)} ms`);

    // Awareness is relayed, and removed when its client goes.
    probation.provider.awareness.setLocalStateField('user', { agency: 'probation' });
    await waitFor(() => housing.provider.awareness.getStates().get(probation.doc.clientID), 10_000, 'awareness relayed');
    probation.provider.disconnect();
    await waitFor(() => !housing.provider.awareness.getStates().has(probation.doc.clientID), 10_000, 'awareness removed');

    await server.services.documents.flush();
    const stored = await readDocFromDisk(server.dataDir, docName);
    expect(riskText(stored.doc).toString()).toBe(riskText(housing.doc).toString());

    const opened = await server.services.audit.search({ action: 'document.open', targetId: docName }, { offset: 0, limit: 10 });
    expect(new Set(opened.items.map((entry) => entry.userId))).toEqual(new Set([server.demo.users.probation._id, server.demo.users.housing._id]));
  });

  it('drops an observer’s writes: other clients and the store never see them', async () => {
    const docName = caseDocName(server.demo.meeting._id, personOnAgenda(1));
    const observer = open('observer', docName);
    const probation = open('probation', docName);
    await Promise.all([observer.synced, probation.synced]);
    const rejectedBefore = (await metrics()).sync.writesRejected;

    riskText(observer.doc).insert(0, 'OBSERVER-WRITE');
    await waitFor(async () => (await metrics()).sync.writesRejected > rejectedBefore, 10_000, 'the observer write to be rejected');
    // The observer still receives everyone else's edits.
    riskText(probation.doc).insert(0, 'MEMBER-WRITE ');
    await waitFor(() => riskText(observer.doc).toString().includes('MEMBER-WRITE'), 10_000, 'observer receives');

    expect(riskText(probation.doc).toString()).not.toContain('OBSERVER-WRITE');
    const fresh = open('chair', docName);
    await fresh.synced;
    expect(riskText(fresh.doc).toString()).toContain('MEMBER-WRITE');
    expect(riskText(fresh.doc).toString()).not.toContain('OBSERVER-WRITE');

    // Reload from what is on disk: the member's write is there, the observer's is not.
    await server.services.documents.flush();
    const stored = await readDocFromDisk(server.dataDir, docName);
    expect(riskText(stored.doc).toString()).toContain('MEMBER-WRITE');
    expect(riskText(stored.doc).toString()).not.toContain('OBSERVER-WRITE');
  });

  it('refuses sockets without a session, for meetings the user is not invited to, and for restricted or unknown documents', async () => {
    const meetingDoc = meetingDocName(server.demo.meeting._id);
    expect(await open('', meetingDoc).refused).toEqual({ code: 4401, reason: 'unauthenticated' });

    const created = await scheduleMeeting('Meeting without police', ['probation']);
    expect(created.status).toBe(201);
    expect(await open('police', meetingDocName(created.body._id)).refused).toEqual({ code: 4403, reason: 'forbidden' });
    const invited = open('probation', meetingDocName(created.body._id));
    await invited.synced;

    // Restricted sections: the chair's agency (probation) by default, not police.
    const restricted = restrictedDocName(server.demo.meeting._id, personOnAgenda(0));
    expect(await open('police', restricted).refused).toEqual({ code: 4403, reason: 'forbidden' });
    await open('probation', restricted).synced;

    expect((await open('probation', 'not-a-document').refused).code).toBe(4404);
    expect((await open('probation', caseDocName(server.demo.meeting._id, randomUUID())).refused).code).toBe(4404);
    expect((await open('probation', meetingDocName(randomUUID())).refused).code).toBe(4404);

    const refused = (await metrics()).sync.refused;
    expect(refused.unauthenticated).toBeGreaterThanOrEqual(1);
    expect(refused.forbidden).toBeGreaterThanOrEqual(2);
  });

  it('closes only the socket that sends a malformed or oversized message', async () => {
    const docName = caseDocName(server.demo.meeting._id, personOnAgenda(2));
    const probation = open('probation', docName);
    const housing = open('housing', docName);
    await Promise.all([probation.synced, housing.synced]);
    riskText(probation.doc).insert(0, 'BEFORE ');
    await waitFor(() => riskText(housing.doc).toString().includes('BEFORE'), 10_000, 'first edit');

    const broken: { bytes: Uint8Array; expected: number }[] = [
      { bytes: new Uint8Array([0, 2, 0x85]), expected: 4400 }, // an update whose length runs past the end
      { bytes: new Uint8Array([0, 2, 3, 0xff, 0xff, 0xff]), expected: 4400 }, // an update that is not Yjs
      { bytes: new Uint8Array([42, 1, 2]), expected: 4400 }, // no such message type
      { bytes: new Uint8Array(2 * 1024 * 1024), expected: 1009 }, // over the 1 MiB limit
    ];
    for (const { bytes, expected } of broken) {
      const raw = openRawSocket(server.url, cookies.police, docName);
      await raw.opened;
      raw.ws.send(bytes);
      expect((await raw.closed).code).toBe(expected);
    }

    riskText(housing.doc).insert(riskText(housing.doc).length, 'AFTER');
    await waitFor(() => riskText(probation.doc).toString().includes('AFTER'), 10_000, 'edits after the broken sockets');
    const fresh = open('chair', docName);
    await fresh.synced;
    expect(riskText(fresh.doc).toString()).toBe(riskText(probation.doc).toString());
    expect(riskText(fresh.doc).toString()).toMatch(/^BEFORE .*AFTER$/);

    const counters = (await metrics()).sync;
    expect(counters.malformedMessages).toBeGreaterThanOrEqual(3);
    expect(counters.oversizedMessages).toBeGreaterThanOrEqual(1);
  });

  it('loads a document with 10,000 stored updates and compacts them', async () => {
    // A fresh person so the document has no history yet.
    const person = await admin.post('/api/people', { name: 'History Person', caseReference: 'HIST-1', custodyStatus: 'on-licence' });
    expect(person.status).toBe(201);

    const meeting = await scheduleMeeting('Long history', ['probation'], [person.body]);
    expect(meeting.status).toBe(201);
    const name = caseDocName(meeting.body._id, person.body._id);

    // 10,000 updates as 10,000 separate records, as if typed one keystroke at a time.
    const source = new Y.Doc();
    const records: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => records.push(update));
    initCaseDoc(source);
    const text = riskText(source);
    for (let i = 0; records.length < 10_000; i++) text.insert(text.length, String(i % 10));
    const expected = text.toString();
    await storeUpdates(server.store, name, records);
    const count = async () => (await storedRecords(server.store, name)).length;
    expect(await count()).toBe(10_000);

    const start = performance.now();
    const client = open('probation', name);
    await client.synced;
    const firstLoadMs = performance.now() - start;
    expect(riskText(client.doc).toString()).toBe(expected);

    const after = await waitFor(async () => {
      const stored = await count();
      return stored <= 2 ? stored : 0;
    }, 60_000, 'compaction');

    // A second process loading the compacted document from the store.
    const hub = createDocumentHub({ store: server.store, meetings: server.services.meetings });
    const reloadStart = performance.now();
    const reloaded = await hub.read(name, (doc) => readCase(doc).risk.natureOfRisk);
    const reloadMs = performance.now() - reloadStart;
    await hub.close();
    expect(reloaded).toBe(expected);
    console.log(
      `[sync] 10,000 stored updates: first load + sync ${firstLoadMs.toFixed(0)} ms; ` +
        `stored records after compaction: ${after}; reload after compaction ${reloadMs.toFixed(1)} ms`,
    );
  });

  it('freezes a meeting: later client writes are dropped and change() rejects; idle documents unload', async () => {
    const person = await admin.post('/api/people', { name: 'Freeze Person', caseReference: 'FREEZE-1', custodyStatus: 'on-licence' });
    const meeting = await scheduleMeeting('To be frozen', ['probation', 'housing'], [person.body]);
    const name = caseDocName(meeting.body._id, person.body._id);
    const documents = server.services.documents;
    const probation = open('probation', name);
    const housing = open('housing', name);
    await Promise.all([probation.synced, housing.synced]);
    await documents.change(name, (doc) => riskText(doc).insert(0, 'SERVER-EDIT '));
    riskText(probation.doc).insert(riskText(probation.doc).length, 'BEFORE-FREEZE');
    await waitFor(() => riskText(housing.doc).toString() === 'SERVER-EDIT BEFORE-FREEZE', 10_000, 'edits before the freeze');

    documents.freezeMeeting(meeting.body._id);
    expect(documents.isFrozen(meeting.body._id)).toBe(true);
    const rejectedBefore = (await metrics()).sync.writesRejected;
    riskText(probation.doc).insert(0, 'AFTER-FREEZE ');
    await waitFor(async () => (await metrics()).sync.writesRejected > rejectedBefore, 10_000, 'the write after the freeze to be rejected');
    await expect(documents.change(name, (doc) => riskText(doc).insert(0, 'NO'))).rejects.toBeInstanceOf(Conflict);
    expect(await documents.read(name, (doc) => riskText(doc).toString())).toBe('SERVER-EDIT BEFORE-FREEZE');
    expect(riskText(housing.doc).toString()).toBe('SERVER-EDIT BEFORE-FREEZE');
    const state = await documents.encodeState(name);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, state);
    expect(riskText(copy).toString()).toBe('SERVER-EDIT BEFORE-FREEZE');

    // A second hub on the same store, with a short grace: it loads the document, then unloads it once idle.
    const hub = createDocumentHub({ store: server.store, meetings: server.services.meetings, unloadGraceMs: 50 });
    expect(await hub.read(name, (doc) => riskText(doc).toString())).toBe('SERVER-EDIT BEFORE-FREEZE');
    expect(hub.stats().docsLoaded).toBe(1);
    await waitFor(() => hub.stats().docsLoaded === 0, 10_000, 'the idle document to unload');
    await hub.close();
  });

  it('starts a person’s new case document from their case document in the last closed meeting', async () => {
    const person = await admin.post('/api/people', { name: 'Carry Person', caseReference: 'CARRY-1', custodyStatus: 'on-licence' });
    const newMeeting = (title: string) => scheduleMeeting(title, ['probation'], [person.body]);
    const first = (await newMeeting('First')).body;
    const earlier = open('probation', caseDocName(first._id, person.body._id));
    await earlier.synced;
    riskText(earlier.doc).insert(0, 'ASSESSED-LAST-TIME');
    await waitFor(async () => (await readDocFromDisk(server.dataDir, caseDocName(first._id, person.body._id)).then((r) => riskText(r.doc)?.toString())) === 'ASSESSED-LAST-TIME', 10_000, 'stored');
    await server.store.collection('meetings').updateOne({ _id: first._id }, { $set: { status: 'closed', closedAt: new Date().toISOString() } });

    const second = (await newMeeting('Second')).body;
    const next = open('probation', caseDocName(second._id, person.body._id));
    await next.synced;
    expect(riskText(next.doc).toString()).toBe('ASSESSED-LAST-TIME');
    riskText(next.doc).insert(0, 'UPDATED ');
    await waitFor(async () => (await server.services.documents.read(caseDocName(second._id, person.body._id), (doc) => riskText(doc).toString())) === 'UPDATED ASSESSED-LAST-TIME', 10_000, 'edit in the new meeting');
    // The earlier meeting's record is untouched.
    expect(await server.services.documents.read(caseDocName(first._id, person.body._id), (doc) => riskText(doc).toString())).toBe('ASSESSED-LAST-TIME');
  });
});
