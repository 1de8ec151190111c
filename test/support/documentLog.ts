// Reading and writing a store's document log directly, as a restart would find it.
import type { LogRecord, Store } from '../../server/store/port.js';

/** Every stored record of the document, in the order the store returns them. */
export async function storedRecords(store: Store, doc: string): Promise<LogRecord[]> {
  const records: LogRecord[] = [];
  for await (const batch of store.documentLog.read(doc, 1000)) records.push(...batch);
  return records;
}

/** Stores updates as records with seq 1, 2, … (or from `firstSeq`), in batches. */
export async function storeUpdates(store: Store, doc: string, updates: Uint8Array[], firstSeq = 1): Promise<void> {
  for (let i = 0; i < updates.length; i += 5000) {
    await store.documentLog.write(updates.slice(i, i + 5000).map((update, j) => ({ doc, seq: firstSeq + i + j, update })));
  }
}
