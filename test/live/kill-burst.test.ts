// SIGKILL during a burst of edits in many rooms, with group commit on: every edit the server acknowledged is there
// after the restart. Acknowledged is what the room counts as "All changes saved": GET /api/live/state-vector answered
// with a state vector that covers the edit. Unlike sync-restart.test.ts, the clients are gone once the server is
// killed, so nothing is sent again: what the restarted server holds is only what it had stored.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { waitForExit } from '../support/process.js';
import { demoProcesses } from './demoProcess.js';
import { PASSWORD, tempDataDir } from '../support/server.js';
import { connectDoc, waitFor, type DocClient } from './support.js';

const MEETINGS = 5;
/** A commit window far longer than a state-vector request takes, so an answer from memory would confirm edits not yet
 *  stored (and this test would fail: it did while the route answered from memory). */
const GROUP_COMMIT_MS = '300';
const TYPE_EVERY_MS = 10;

const demo = demoProcesses({ GROUP_COMMIT_MS });
const clients = demo.clients;
const startDemo = demo.start;

const riskText = (doc: Y.Doc) => doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text;

/** The case documents of the demo meeting and of copies of it the chair schedules. */
async function caseDocs(chair: ApiClient): Promise<string[]> {
  const demo = (await chair.get<{ items: Meeting[] }>('/api/meetings')).body.items[0];
  const meetings = [demo];
  for (let i = 1; i < MEETINGS; i++) {
    const created = await chair.post<Meeting>('/api/meetings', {
      panelId: demo.panelId,
      title: `Burst room ${i}`,
      type: demo.type,
      startsAt: demo.startsAt,
      chairId: demo.chairId,
      attendeeIds: demo.attendeeIds,
      agenda: demo.agenda.map(({ title, kind, personId }) => ({ title, kind, ...(personId ? { personId } : {}) })),
    });
    expect(created.status).toBe(201);
    meetings.push(created.body);
  }
  return meetings.flatMap((meeting) => meeting.agenda.flatMap((item) => (item.personId ? [caseDocName(meeting._id, item.personId)] : [])));
}

/** A client typing tokens into one document and asking the server, again and again, which of them it has stored. */
function burst(api: ApiClient, client: DocClient, docName: string, prefix: string, onAcknowledged: () => void) {
  const typed: string[] = [];
  /** The client's clock once each token was typed: the server holds the token when its state vector reaches it. */
  const clockAfter: number[] = [];
  let acknowledged = 0;
  let stopped = false;
  const typing = setInterval(() => {
    const token = `[${prefix}.${typed.length}]`;
    const text = riskText(client.doc);
    text.insert(text.length, token);
    typed.push(token);
    clockAfter.push(Y.getState(client.doc.store, client.doc.clientID));
  }, TYPE_EVERY_MS);
  const confirming = (async () => {
    while (!stopped) {
      try {
        const res = await api.get<{ stateVector: string }>(`/api/live/state-vector?doc=${encodeURIComponent(docName)}`);
        if (res.status === 200 && !stopped) {
          // As the room does: every edit the answered state vector covers counts as saved.
          const held = Y.decodeStateVector(Buffer.from(res.body.stateVector, 'base64')).get(client.doc.clientID) ?? 0;
          let covered = acknowledged;
          while (covered < clockAfter.length && clockAfter[covered] <= held) covered++;
          if (covered > acknowledged) {
            acknowledged = covered;
            onAcknowledged();
          }
        }
      } catch {
        // The server is being killed.
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    typed,
    acknowledgedTokens: () => typed.slice(0, acknowledged),
    async stop() {
      stopped = true;
      clearInterval(typing);
      await confirming;
    },
  };
}

describe('SIGKILL during a burst of edits in many rooms', () => {
  it('loses no acknowledged edit', async () => {
    const dataDir = await tempDataDir();
    const first = await startDemo(dataDir);
    const port = new URL(first.url).port;
    const chair = await loginAs(first.url, 'chair', PASSWORD);
    const probation = await loginAs(first.url, 'probation', PASSWORD);
    const docNames = await caseDocs(chair);
    expect(docNames.length).toBeGreaterThanOrEqual(10);

    const writers = docNames.map((docName, i) => {
      const client = connectDoc(first.url, probation.cookie, docName);
      clients.push(client);
      return { docName, client, prefix: `R${i}` };
    });
    await Promise.all(writers.map((w) => w.client.synced));
    let killWhenAcknowledged = false;
    const kill = () => killWhenAcknowledged && first.child.kill('SIGKILL');
    const bursts = writers.map((w) => ({ ...w, burst: burst(probation, w.client, w.docName, w.prefix, kill) }));
    // Killed while every room is typing and being confirmed, once each room has had an edit acknowledged: at the
    // moment the next acknowledgement arrives, when the edits it covers are as fresh as they can be.
    await waitFor(() => bursts.every((b) => b.burst.acknowledgedTokens().length > 0), 60_000, 'an acknowledged edit in every room');
    killWhenAcknowledged = true;
    await waitForExit(first.child);
    // The clients go with the server: whatever they still hold is never sent again.
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(bursts.map((b) => b.burst.stop()));

    const acknowledged = bursts.map((b) => ({ docName: b.docName, tokens: b.burst.acknowledgedTokens(), typed: b.burst.typed.length }));
    const total = acknowledged.reduce((sum, room) => sum + room.tokens.length, 0);
    const typed = acknowledged.reduce((sum, room) => sum + room.typed, 0);
    console.log(`[kill-burst] ${docNames.length} rooms: ${typed} edits typed, ${total} acknowledged before the kill`);

    const second = await startDemo(dataDir, port);
    const reader = await loginAs(second.url, 'chair', PASSWORD);
    for (const room of acknowledged) {
      const fresh = connectDoc(second.url, reader.cookie, room.docName);
      clients.push(fresh);
      await fresh.synced;
      const text = riskText(fresh.doc).toString();
      const missing = room.tokens.filter((token) => !text.includes(token));
      expect(missing, `${room.docName}: acknowledged edits lost`).toEqual([]);
      fresh.destroy();
      clients.splice(clients.indexOf(fresh), 1);
    }
  });
});
