// The content a new document starts with, written once by the server.
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { mayCarryAssessment } from '../policy/panels.js';
import { initCaseDoc, keepOnlyAssessment, setChecklistState } from '../../shared/live/caseDoc.js';
import { caseDocName, restrictedDocName, type DocName } from '../../shared/live/docNames.js';
import { initMeetingDoc } from '../../shared/live/meetingDoc.js';
import { initRestrictedDoc } from '../../shared/live/restrictedDoc.js';
import type { DocumentLog, Store } from '../store/port.js';
import { decodeUpdate } from './storedUpdates.js';
import { applyStored, readStored } from './load.js';

export interface CarryOver {
  meetingId: string;
  personId: string;
  kind: 'case' | 'restricted';
  fromMeetingId: string;
  fromPanelId: string;
}

export interface InitialContentDeps {
  store: Store;
  log: DocumentLog;
  /** Told each time a person's assessment carries into a new meeting (for the audit). */
  onCarryOver?: (carry: CarryOver) => void;
}

/** Fills a new (empty) document for its meeting. */
export async function fillNewDoc(deps: InitialContentDeps, doc: Y.Doc, name: DocName, meeting: Meeting): Promise<void> {
  if (name.kind === 'meeting') {
    initMeetingDoc(doc, meeting.agenda);
  } else if (name.kind === 'restricted') {
    const earlier = await earlierState(deps, meeting, name.personId!, 'restricted');
    if (earlier) Y.applyUpdate(doc, earlier.state);
    initRestrictedDoc(doc);
  } else {
    const earlier = await earlierState(deps, meeting, name.personId!, 'case');
    if (earlier) {
      Y.applyUpdate(doc, earlier.state);
      keepOnlyAssessment(doc);
    }
    initCaseDoc(doc);
    await applyChecksSince(deps.store, doc, name.personId!, earlier?.closedAt ?? null);
  }
}

/**
 * Day-of-release items confirmed (or found not needed) on the person page since the earlier meeting closed, for the
 * person's current release date: the new meeting starts from them, so its room and red flags agree with the person page.
 */
async function applyChecksSince(store: Store, doc: Y.Doc, personId: string, since: string | null): Promise<void> {
  const person = await store.collection('people').findOne({ _id: personId });
  if (!person?.releaseDate) return;
  const checks = await store.collection('firstDaysChecks').find({ personId, releaseDate: person.releaseDate });
  const later = checks.filter((check) => !since || check.at > since).sort((a, b) => a.at.localeCompare(b.at));
  if (later.length) doc.transact(() => later.forEach((check) => setChecklistState(doc, check.key, check.state)));
}

/**
 * The shared assessment travels with the case, and a restricted section with it for the agencies allowed:
 * a person's new case (or restricted) document starts from the same document of their most recent closed
 * meeting (its snapshot at close, else its stored updates) of the same panel, or of another panel when a
 * sharing basis is recorded for that pair (need-to-know).
 */
async function earlierState(deps: InitialContentDeps, meeting: Meeting, personId: string, kind: 'case' | 'restricted'): Promise<{ state: Uint8Array; closedAt: string | null } | null> {
  const { store, log } = deps;
  const bases = await store.collection('sharingBases').find({ toPanelId: meeting.panelId });
  const closed = await store
    .collection('meetings')
    .find({ status: 'closed', 'agenda.personId': personId, _id: { $ne: meeting._id } }, { sort: { closedAt: -1 } });
  const previous = closed.find((earlier) => mayCarryAssessment(earlier.panelId, meeting.panelId, bases));
  if (!previous) return null;
  deps.onCarryOver?.({ meetingId: meeting._id, personId, kind, fromMeetingId: previous._id, fromPanelId: previous.panelId });
  const name = kind === 'case' ? caseDocName(previous._id, personId) : restrictedDocName(previous._id, personId);
  const state = await closedDocState(store, name, log);
  return state ? { state, closedAt: previous.closedAt ?? null } : null;
}

/** A closed meeting's document as it was frozen: its snapshot at close, else its stored updates; null when it has neither. */
export async function closedDocState(store: Store, name: string, log: DocumentLog = store.documentLog): Promise<Uint8Array | null> {
  const closures = await store.collection('closures').find({ 'snapshot.docs.name': name }, { limit: 1 });
  const snapshot = closures[0]?.snapshot?.docs?.find((entry) => entry.name === name);
  if (snapshot) {
    const state = decodeUpdate(snapshot.state);
    if (isValidUpdate(state)) return state;
  }

  const records = await readStored(log, name);
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
