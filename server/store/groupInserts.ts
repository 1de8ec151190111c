// Inserts into one collection with group commit: a record that arrives while a write is under way goes with the others
// that arrived meanwhile in the next insertMany (one append and one sync on the embedded store). A record that finds
// no write under way is written at once, so nothing waits for a timer; a burst (many sockets opening at once, each
// audited) costs a few writes instead of one each.
import { DuplicateKeyError, type Collection } from './port.js';

const MAX_BATCH = 500;

interface Pending<T> {
  doc: T;
  resolve(): void;
  reject(err: unknown): void;
}

/** Returns insert(doc), which resolves once the doc is durable (and rejects if it could not be stored). */
export function groupInserts<T extends { _id: string }>(collection: Collection<T>): (doc: T) => Promise<void> {
  let queue: Pending<T>[] = [];
  let writing = false;

  async function writeQueued(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(batch.length);
      try {
        await collection.insertMany(batch.map((pending) => pending.doc));
        for (const pending of batch) pending.resolve();
      } catch {
        // One refused record must not fail the others: each on its own (one an earlier attempt stored is a duplicate).
        for (const pending of batch) {
          await collection.insertOne(pending.doc).then(pending.resolve, (err: unknown) => (err instanceof DuplicateKeyError ? pending.resolve() : pending.reject(err)));
        }
      }
    }
    writing = false;
  }

  return (doc) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ doc, resolve, reject });
      if (!writing) void writeQueued();
    });
}
