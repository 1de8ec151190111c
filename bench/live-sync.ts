// Benchmark: one meeting, N agency clients typing into the same case document at once.
// Measures edit propagation (p50/p95/max), convergence, and the load time of a long history.
// Run: npx tsx bench/live-sync.ts [clients=8] [editsPerClient=200]
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { caseDocName, CASE } from '../shared/live/layout.js';
import { connectDoc, waitFor } from '../test/live/support.js';
import { loginAs } from '../test/support/http.js';
import { PASSWORD, startTestServer } from '../test/support/server.js';

const clients = Number(process.argv[2] ?? 8);
const edits = Number(process.argv[3] ?? 200);
const users = ['chair', 'probation', 'police', 'housing', 'substance', 'minutes'];

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const server = await startTestServer();
try {
  const meeting = server.demo.meeting;
  const personId = meeting.agenda.find((item) => item.personId)!.personId!;
  const docName = caseDocName(meeting._id, personId);
  const sessions = await Promise.all(Array.from({ length: clients }, (_, i) => loginAs(server.url, users[i % users.length], PASSWORD)));
  const peers = sessions.map((s) => connectDoc(server.url, s.cookie, docName));
  await Promise.all(peers.map((p) => p.synced));
  const field = (doc: Y.Doc) => (doc.getMap(CASE.risk).get('whoAtRisk') as Y.Text);

  // Latency: one writer at a time, time until every other client has the marker.
  const latencies: number[] = [];
  for (let i = 0; i < 50; i++) {
    const marker = `m${randomUUID().slice(0, 6)}`;
    const writer = peers[i % peers.length];
    const arrived = peers
      .filter((p) => p !== writer)
      .map((p) => new Promise<void>((resolve) => {
        const check = () => field(p.doc).toString().includes(marker) && (p.doc.off('update', check), resolve());
        p.doc.on('update', check);
      }));
    const started = performance.now();
    field(writer.doc).insert(0, marker);
    await Promise.all(arrived);
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);

  // Throughput: everyone types at once.
  const started = performance.now();
  await Promise.all(
    peers.map(async (peer, i) => {
      for (let e = 0; e < edits; e++) {
        field(peer.doc).insert(field(peer.doc).length, `${i}.${e} `);
        if (e % 20 === 0) await new Promise((r) => setTimeout(r, 1));
      }
    }),
  );
  const expected = field(peers[0].doc).length;
  await waitFor(() => peers.every((p) => field(p.doc).toString() === field(peers[0].doc).toString() && field(p.doc).length >= expected), 60_000, 'convergence');
  const convergedMs = performance.now() - started;
  await server.services.documents.flush();
  await new Promise((r) => setTimeout(r, 1000)); // let a running compaction finish

  console.log(`clients ${clients}, edits per client ${edits}`);
  console.log(`edit reaches every other client: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`);
  console.log(`${clients * edits} concurrent edits converged in ${convergedMs.toFixed(0)} ms (${((clients * edits) / (convergedMs / 1000)).toFixed(0)} edits/s)`);
  console.log(`stored update records for the doc: ${await server.store.collection('docUpdates').count({ doc: docName })}`);
  for (const peer of peers) peer.destroy();
} finally {
  await server.stop();
}
