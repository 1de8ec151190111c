// SIGKILL in the middle of live editing: the server restarts on the same port and data folder,
// the clients' providers reconnect by themselves, and no edit of any client is lost.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { loginAs } from '../support/http.js';
import { waitForExit, type ServerProcess } from '../support/process.js';
import { demoProcesses } from './demoProcess.js';
import { PASSWORD, tempDataDir } from '../support/server.js';
import { connectDoc, readDocFromDisk, waitFor, type DocClient } from './support.js';

const demo = demoProcesses();
const clients = demo.clients;
const startDemo = demo.start;

async function kill(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await waitForExit(server.child);
}

function riskText(doc: Y.Doc): Y.Text {
  return doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text;
}

/** Types one token every few milliseconds until stopped; remembers every token it typed. */
function typist(client: DocClient, prefix: string) {
  const typed: string[] = [];
  let n = 0;
  const timer = setInterval(() => {
    const token = `[${prefix}${n++}]`;
    typed.push(token);
    const text = riskText(client.doc);
    text.insert(n % 2 ? 0 : text.length, token);
  }, 15);
  return { typed, stop: () => clearInterval(timer) };
}

const containsAll = (text: string, tokens: string[]) => tokens.every((token) => text.includes(token));

describe('yjs sync across a SIGKILL', () => {
  it('keeps every edit of every client through a kill -9 and restart', async () => {
    const dataDir = await tempDataDir();
    const first = await startDemo(dataDir);
    const port = new URL(first.url).port;
    const probationApi = await loginAs(first.url, 'probation', PASSWORD);
    const housingApi = await loginAs(first.url, 'housing', PASSWORD);
    const chairApi = await loginAs(first.url, 'chair', PASSWORD);
    const meeting = (await probationApi.get<{ items: Meeting[] }>('/api/meetings')).body.items[0];
    const docName = caseDocName(meeting._id, meeting.agenda.find((item) => item.personId)!.personId!);

    const probation = connectDoc(first.url, probationApi.cookie, docName);
    const housing = connectDoc(first.url, housingApi.cookie, docName);
    clients.push(probation, housing);
    await Promise.all([probation.synced, housing.synced]);

    const a = typist(probation, 'P');
    const b = typist(housing, 'H');
    await waitFor(() => riskText(housing.doc).toString().includes('[P5]'), 10_000, 'edits flowing');
    await kill(first);
    // Typing goes on while the server is down; the providers keep the edits and retry.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const second = await startDemo(dataDir, port);
    await waitFor(() => probation.provider.synced && housing.provider.synced, 30_000, 'both providers to reconnect');
    await new Promise((resolve) => setTimeout(resolve, 300));
    a.stop();
    b.stop();
    const all = [...a.typed, ...b.typed];
    console.log(`[sync-restart] ${a.typed.length} + ${b.typed.length} tokens typed across the kill`);

    await waitFor(() => {
      const p = riskText(probation.doc).toString();
      return p === riskText(housing.doc).toString() && containsAll(p, all);
    }, 30_000, 'clients to converge on every token');

    const fresh = connectDoc(second.url, chairApi.cookie, docName);
    clients.push(fresh);
    await fresh.synced;
    await waitFor(() => containsAll(riskText(fresh.doc).toString(), all), 20_000, 'the server to hold every token');

    // On disk, not only in memory: what the embedded store's file holds, and what a second kill keeps.
    await waitFor(async () => containsAll(riskText((await readDocFromDisk(dataDir, docName)).doc).toString(), all), 20_000, 'every token stored');
    for (const client of clients.splice(0)) client.destroy();
    await kill(second);
    const third = await startDemo(dataDir, port);
    const after = connectDoc(third.url, chairApi.cookie, docName);
    clients.push(after);
    await after.synced;
    const text = riskText(after.doc).toString();
    expect(containsAll(text, all)).toBe(true);
    // Nothing doubled: every token exactly once.
    expect(text.length).toBe(all.join('').length);
  });
});
