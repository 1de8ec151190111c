// MongoDB's document log: the `docUpdates` collection, one record per update ({ doc, seq, update: binary }, indexed
// by doc and seq), so a document's history is one sorted index scan. A batch of writes is one ordered bulkWrite with
// the client's write concern (majority, journaled). A compaction inserts the merged record first and deletes the
// earlier ones after, so a crash in between leaves harmless duplicates. Records stored before the log (no seq, the
// update in base64) sort first and read as seq 0.
import type { AnyBulkWriteOperation, Binary, Db } from 'mongodb';
import type { DocumentLog, LogRecord, LogWrite } from './port.js';

interface LogDoc {
  _id: string;
  doc: string;
  seq?: number;
  update: Binary | string;
}

function toBytes(update: Binary | string): Uint8Array {
  return typeof update === 'string' ? new Uint8Array(Buffer.from(update, 'base64')) : update.buffer.subarray(0, update.position);
}

/** One id per document and seq: a retried batch finds what an earlier attempt stored as a duplicate. */
const idOf = (write: LogWrite) => `${write.doc}:${write.seq}`;

/** The driver's classes this module uses (the driver is loaded by mongo.ts when the store opens). */
type Driver = Pick<typeof import('mongodb'), 'Binary' | 'MongoBulkWriteError'>;

function operations(driver: Driver, writes: readonly LogWrite[]): AnyBulkWriteOperation<LogDoc>[] {
  return writes.flatMap((write): AnyBulkWriteOperation<LogDoc>[] => {
    const insert: AnyBulkWriteOperation<LogDoc> = { insertOne: { document: { _id: idOf(write), doc: write.doc, seq: write.seq, update: new driver.Binary(write.update) } } };
    if (!write.replacesEarlier) return [insert];
    return [insert, { deleteMany: { filter: { doc: write.doc, $or: [{ seq: { $lt: write.seq } }, { seq: { $exists: false } }] } } }];
  });
}

function isDuplicate(driver: Driver, err: unknown): boolean {
  if (!(err instanceof driver.MongoBulkWriteError)) return (err as { code?: number } | null)?.code === 11000;
  const errors = Array.isArray(err.writeErrors) ? err.writeErrors : [err.writeErrors];
  return errors.length > 0 && errors.every((e) => e.code === 11000);
}

export function mongoDocumentLog(db: Db, driver: Driver): DocumentLog {
  const records = db.collection<LogDoc>('docUpdates');
  return {
    async write(writes) {
      if (writes.length === 0) return;
      try {
        await records.bulkWrite(operations(driver, writes), { ordered: true });
      } catch (err) {
        if (!isDuplicate(driver, err)) throw err;
        // A retry of a batch an earlier attempt stored in part: the rest, one write at a time, skipping what is there.
        for (const operation of operations(driver, writes)) {
          await records.bulkWrite([operation], { ordered: true }).catch((e: unknown) => {
            if (!isDuplicate(driver, e)) throw e;
          });
        }
      }
    },
    async *read(doc, batchSize) {
      const cursor = records.find({ doc }, { sort: { seq: 1 }, batchSize });
      let batch: LogRecord[] = [];
      for await (const record of cursor) {
        batch.push({ seq: typeof record.seq === 'number' ? record.seq : 0, update: toBytes(record.update) });
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
  };
}
