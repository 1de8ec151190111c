// Before the document log, the embedded store kept live documents' updates in nedb's `docUpdates` collection (one JSON
// line per update: doc, an optional seq, the bytes in base64). At open, any such records move into the log, each
// document's after what the log already holds for it, in the order the hub wrote them (records without a seq, the
// oldest, first); then they are removed from nedb. A crash in between leaves them in both places: the next open moves
// them again after the copies, and duplicates are harmless (Yjs ignores an update it already has; compaction drops them).
import type { LogWrite } from './port.js';
import type { LevelDocumentLog } from './levelLog.js';

export interface LegacyUpdate {
  _id: string;
  doc?: unknown;
  seq?: unknown;
  update?: unknown;
}

/** Records per LevelDB batch while moving. */
const MOVE_BATCH = 5000;

/** The records grouped by document, each document's in load order. Malformed records are skipped. */
export function legacyInLoadOrder(records: readonly LegacyUpdate[]): Map<string, LegacyUpdate[]> {
  const byDoc = new Map<string, LegacyUpdate[]>();
  for (const record of records) {
    if (typeof record.doc !== 'string' || typeof record.update !== 'string') continue;
    const list = byDoc.get(record.doc);
    if (list) list.push(record);
    else byDoc.set(record.doc, [record]);
  }
  const rank = (record: LegacyUpdate) => (typeof record.seq === 'number' && Number.isFinite(record.seq) ? record.seq : -Infinity);
  // Array.prototype.sort is stable: unsequenced records keep their stored order.
  for (const list of byDoc.values()) list.sort((a, b) => rank(a) - rank(b));
  return byDoc;
}

/** Moves the records into the log; resolves with how many moved once they are durable there. */
export async function moveLegacyUpdates(records: readonly LegacyUpdate[], log: LevelDocumentLog): Promise<number> {
  let batch: LogWrite[] = [];
  let moved = 0;
  for (const [doc, list] of legacyInLoadOrder(records)) {
    let seq = await log.lastSeq(doc);
    for (const record of list) {
      batch.push({ doc, seq: ++seq, update: new Uint8Array(Buffer.from(record.update as string, 'base64')) });
      if (batch.length >= MOVE_BATCH) {
        await log.write(batch);
        moved += batch.length;
        batch = [];
      }
    }
  }
  await log.write(batch);
  return moved + batch.length;
}
