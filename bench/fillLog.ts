// Stores a long history for one case document before a cold-load run: N updates, as N keystrokes typed one at a
// time (the first is the document's initial content). Run by bench/run.ts with the server stopped:
//   node --import tsx bench/fillLog.ts <dataDir> <docName> <updates>   (MONGODB_URI set: into MongoDB instead)
import * as Y from 'yjs';
import { CASE, initCaseDoc } from '../shared/live/layout.js';
import { openStore } from '../server/store/open.js';
import type { LogWrite } from '../server/store/port.js';

const [dataDir, docName, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!dataDir || !docName || !Number.isInteger(count) || count < 1) throw new Error('usage: fillLog.ts <dataDir> <docName> <updates>');

const store = await openStore({ dataDir, mongoUri: process.env.MONGODB_URI || undefined });
const source = new Y.Doc();
let batch: LogWrite[] = [];
let seq = 0;
const pending: Promise<void>[] = [];
source.on('update', (update: Uint8Array) => {
  batch.push({ doc: docName, seq: ++seq, update });
  if (batch.length >= 5000) {
    pending.push(store.documentLog.write(batch));
    batch = [];
  }
});
initCaseDoc(source);
const text = source.getMap(CASE.risk).get('whoAtRisk') as Y.Text;
// Mostly typing at the end, now and then at the start: an ordinary history.
for (let i = 0; seq < count; i++) text.insert(i % 7 === 0 ? 0 : text.length, String.fromCharCode(97 + (i % 26)));
pending.push(store.documentLog.write(batch));
await Promise.all(pending);
await store.close();
console.log(JSON.stringify({ docName, updates: seq, textLength: text.length }));
