// The content a new document starts with, written once by the server.
import * as Y from 'yjs';
import type { Meeting, SharingBasis } from '../../shared/domain/records.js';
import { mayCarryAssessment } from '../policy/panels.js';
import { CASE, caseDocName, initCaseDoc, initMeetingDoc, initRestrictedDoc, restrictedDocName, type DocName } from '../../shared/live/layout.js';
import type { Store } from '../store/port.js';
import { decodeUpdate, type UpdateCollection } from './storedUpdates.js';
import { applyStored } from './load.js';
import type { StoredClosureSnapshot } from './snapshot.js';


export interface CarryOver {
  meetingId: string;
  personId: string;
  kind: 'case' | 'restricted';
  fromMeetingId: string;
  fromPanelId: string;
}

export interface InitialContentDeps {
  store: Store;
  updates: UpdateCollection;
  /** Told each time a person's assessment carries into a new meeting (for the audit). */
  onCarryOver?: (carry: CarryOver) => void;
}

/** Fills a new (empty) document for its meeting. */
export async function fillNewDoc(deps: InitialContentDeps, doc: Y.Doc, name: DocName, meeting: Meeting): Promise<void> {
  if (name.kind === 'meeting') {
    initMeetingDoc(doc, meeting.agenda);
  } else if (name.kind === 'restricted') {
    const earlier = await earlierState(deps, meeting, name.personId!, 'restricted');
    if (earlier) Y.applyUpdate(doc, earlier);
    initRestrictedDoc(doc);
  } else {
    const earlier = await earlierState(deps, meeting, name.personId!, 'case');
    if (earlier) {
      Y.applyUpdate(doc, earlier);
      keepOnlyAssessment(doc);
    }
    initCaseDoc(doc);
  }
}

/** Only the shared assessment carries over: the earlier meeting's item, notes, decisions and actions stay in its record. */
const CARRIED_KEYS = new Set<string>([CASE.risk, CASE.pathways, CASE.dayOfRelease]);

function keepOnlyAssessment(doc: Y.Doc): void {
  doc.transact(() => {
    for (const key of [...doc.share.keys()]) {
      if (CARRIED_KEYS.has(key)) continue;
      if (key.startsWith('notes.')) {
        const notes = doc.getXmlFragment(key);
        notes.delete(0, notes.length);
      } else {
        const map = doc.getMap<unknown>(key);
        for (const mapKey of [...map.keys()]) map.delete(mapKey);
      }
    }
  });
}

/**
 * The shared assessment travels with the case, and a restricted section with it for the agencies allowed:
 * a person's new case (or restricted) document starts from the same document of their most recent closed
 * meeting (its snapshot at close, else its stored updates) of the same panel, or of another panel when a
 * sharing basis is recorded for that pair (need-to-know).
 */
async function earlierState(deps: InitialContentDeps, meeting: Meeting, personId: string, kind: 'case' | 'restricted'): Promise<Uint8Array | null> {
  const { store, updates } = deps;
  const bases = await store.collection<SharingBasis>('sharingBases').find({ toPanelId: meeting.panelId });
  const closed = await store
    .collection<Meeting>('meetings')
    .find({ status: 'closed', 'agenda.personId': personId, _id: { $ne: meeting._id } }, { sort: { closedAt: -1 } });
  const previous = closed.find((earlier) => mayCarryAssessment(earlier.panelId, meeting.panelId, bases));
  if (!previous) return null;
  deps.onCarryOver?.({ meetingId: meeting._id, personId, kind, fromMeetingId: previous._id, fromPanelId: previous.panelId });
  const name = kind === 'case' ? caseDocName(previous._id, personId) : restrictedDocName(previous._id, personId);

  const closures = await store.collection<StoredClosureSnapshot>('closures').find({ 'snapshot.docs.name': name }, { limit: 1 });
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
