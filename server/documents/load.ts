// Loading a document: every stored update applied before anyone sees it.
import * as Y from 'yjs';
import { decodeUpdate, type StoredUpdate, type UpdateCollection } from './storedUpdates.js';

export interface LoadedState {
  doc: Y.Doc;
  /** Ids of the records the state was built from (compaction deletes exactly these). */
  ids: string[];
}

/** Applies records into a document in one transaction (Yjs updates commute, so order does not matter). */
export function applyStored(doc: Y.Doc, records: StoredUpdate[], origin: unknown = 'store'): void {
  doc.transact(() => {
    for (const record of records) Y.applyUpdate(doc, decodeUpdate(record.update), origin);
  }, origin);
}

export async function loadStoredState(updates: UpdateCollection, docName: string): Promise<LoadedState> {
  const records = await updates.find({ doc: docName });
  const doc = new Y.Doc();
  applyStored(doc, records);
  return { doc, ids: records.map((record) => record._id) };
}
