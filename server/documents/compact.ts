// Compaction: many stored updates of a document become one. The merged update is stored first and
// the old records deleted after, by id, so a crash in between leaves duplicates, which Yjs ignores. The merged record
// takes a seq after every record it replaces, so it loads after them (and before anything appended later).
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { encodeUpdate, type UpdateCollection } from './storedUpdates.js';

export const DEFAULT_COMPACT_THRESHOLD = 500;
/** Ids per delete: a huge $in list is slow on the embedded store. */
const DELETE_BATCH = 500;

/**
 * Replaces the records `ids` by one record holding `doc`'s full state. `doc` must already contain
 * everything in those records (the loaded document does: it was built from them). `seq` must be above theirs and
 * below that of any update not yet in `doc`: the hub allocates it right before calling (the state is encoded
 * synchronously, before the first await).
 */
export async function compactInto(updates: UpdateCollection, docName: string, doc: Y.Doc, ids: string[], seq?: number): Promise<void> {
  if (ids.length <= 1) return;
  await updates.insertOne({ _id: randomUUID(), doc: docName, ...(seq === undefined ? {} : { seq }), update: encodeUpdate(Y.encodeStateAsUpdate(doc)), createdAt: new Date().toISOString() });
  for (let start = 0; start < ids.length; start += DELETE_BATCH) {
    await updates.deleteMany({ _id: { $in: ids.slice(start, start + DELETE_BATCH) } });
  }
}

/** Ids of the stored records of a document. */
export async function storedIds(updates: UpdateCollection, docName: string): Promise<string[]> {
  return (await updates.find({ doc: docName })).map((record) => record._id);
}
