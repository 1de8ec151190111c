// The content a new document starts with, written once by the server.
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { caseDocName, initCaseDoc, initMeetingDoc, initRestrictedDoc, type DocName } from '../../shared/live/layout.js';
import type { Store } from '../store/port.js';
import { decodeUpdate, type UpdateCollection } from './storedUpdates.js';
import { applyStored } from './load.js';

interface ClosureSnapshot {
  _id: string;
  snapshot?: { docs?: { name: string; state: string }[] };
}

export interface InitialContentDeps {
  store: Store;
  updates: UpdateCollection;
}

/** Fills a new (empty) document for its meeting. */
export async function fillNewDoc(deps: InitialContentDeps, doc: Y.Doc, name: DocName, meeting: Meeting): Promise<void> {
  if (name.kind === 'meeting') {
    initMeetingDoc(doc, meeting.agenda);
  } else if (name.kind === 'restricted') {
    initRestrictedDoc(doc);
  } else {
    const earlier = await earlierCaseState(deps, meeting._id, name.personId!);
    if (earlier) Y.applyUpdate(doc, earlier);
    initCaseDoc(doc);
  }
}

/**
 * The shared assessment travels with the case: a person's new case document starts from their case
 * document in their most recent closed meeting (its snapshot at close, else its stored updates).
 */
async function earlierCaseState({ store, updates }: InitialContentDeps, meetingId: string, personId: string): Promise<Uint8Array | null> {
  const closed = await store
    .collection<Meeting>('meetings')
    .find({ status: 'closed', 'agenda.personId': personId, _id: { $ne: meetingId } }, { sort: { closedAt: -1 }, limit: 1 });
  const previous = closed[0];
  if (!previous) return null;
  const name = caseDocName(previous._id, personId);

  const closures = await store.collection<ClosureSnapshot>('closures').find({ 'snapshot.docs.name': name }, { limit: 1 });
  const snapshot = closures[0]?.snapshot?.docs?.find((entry) => entry.name === name);
  if (snapshot) {
    const state = decodeUpdate(snapshot.state);
    if (isValidUpdate(state)) return state;
  }

  const records = await updates.find({ doc: name });
  if (records.length === 0) return null;
  const doc = new Y.Doc();
  applyStored(doc, records);
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return state;
}

function isValidUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}
