// The embedded store's document log on LevelDB (classic-level: its binaries ship inside the npm package). A key is the
// document name, a zero byte and the seq as 8 big-endian bytes, so one document's history is one ordered range scan;
// a batch of writes of every document is one LevelDB write with one sync; a compaction puts the merged state in it and
// deletes the range before it once that batch is durable.
import { ClassicLevel } from 'classic-level';
import type { DocumentLog, LogRecord, LogWrite } from './port.js';

const SEQ_BYTES = 8;

function prefixOf(doc: string): Buffer {
  if (doc.includes('\u0000')) throw new Error('a document name cannot contain a zero byte');
  return Buffer.from(`${doc}\u0000`, 'utf8');
}

function keyOf(prefix: Buffer, seq: number): Buffer {
  const key = Buffer.allocUnsafe(prefix.length + SEQ_BYTES);
  prefix.copy(key);
  key.writeUIntBE(0, prefix.length, 2);
  key.writeUIntBE(seq, prefix.length + 2, 6);
  return key;
}

function seqOf(key: Buffer): number {
  return key.readUIntBE(key.length - 6, 6);
}

/** The end of a document's key range: its name followed by the byte after the zero separator. */
function endOf(doc: string): Buffer {
  return Buffer.from(`${doc}\u0001`, 'utf8');
}

export interface LevelDocumentLog extends DocumentLog {
  /** The highest seq stored for the document (0 when none). */
  lastSeq(doc: string): Promise<number>;
  close(): Promise<void>;
}

export async function openLevelLog(directory: string): Promise<LevelDocumentLog> {
  const db = new ClassicLevel<Buffer, Uint8Array>(directory, { keyEncoding: 'buffer', valueEncoding: 'view' });
  await db.open();
  // One batch at a time: a compaction reads the keys it deletes, which no other write may change meanwhile.
  let queue: Promise<unknown> = Promise.resolve();

  async function writeNow(writes: readonly LogWrite[]): Promise<void> {
    const batch = db.batch();
    /** Per document, the seq of its latest compaction in this batch: every record before it is deleted afterwards. */
    let compacted: Map<string, number> | undefined;
    for (const write of writes) {
      if (!Number.isSafeInteger(write.seq) || write.seq < 0) throw new Error(`bad seq ${write.seq}`);
      if (write.replacesEarlier) (compacted ??= new Map()).set(write.doc, Math.max(write.seq, compacted.get(write.doc) ?? 0));
      batch.put(keyOf(prefixOf(write.doc), write.seq), write.update);
    }
    await batch.write({ sync: true });
    // The replaced records go only once the merged state is durable, and LevelDB deletes them on its own thread (a
    // long history is 100,000 keys: read and deleted one by one here, they held the event loop). A crash before the
    // deletion leaves records the merged state already holds: a load applies them again (Yjs ignores what it has) and
    // the hub compacts again.
    for (const [doc, seq] of compacted ?? []) {
      const prefix = prefixOf(doc);
      await db.clear({ gte: keyOf(prefix, 0), lt: keyOf(prefix, seq) });
    }
  }

  return {
    write(writes) {
      if (writes.length === 0) return Promise.resolve();
      const run = queue.then(() => writeNow(writes));
      queue = run.catch(() => undefined);
      return run;
    },
    async *read(doc, batchSize) {
      const prefix = prefixOf(doc);
      const iterator = db.iterator({ gte: keyOf(prefix, 0), lt: endOf(doc) });
      try {
        for (;;) {
          const entries = await iterator.nextv(batchSize);
          if (entries.length === 0) return;
          const records: LogRecord[] = new Array(entries.length);
          for (let i = 0; i < entries.length; i++) records[i] = { seq: seqOf(entries[i][0]), update: entries[i][1] };
          yield records;
        }
      } finally {
        await iterator.close();
      }
    },
    async lastSeq(doc) {
      const prefix = prefixOf(doc);
      for await (const key of db.keys({ gte: keyOf(prefix, 0), lt: endOf(doc), reverse: true, limit: 1 })) return seqOf(key);
      return 0;
    },
    async close() {
      await queue;
      await db.close();
    },
  };
}
