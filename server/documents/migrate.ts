// Layout migration on load: a meeting document of layout 1 held every case's notes, decisions and actions and
// the real titles; layout 2 keeps them in each person's case document. Runs inside the meeting document's load,
// before anyone sees it: first each case document's share is stored as one update record (skipping what the
// case document already has, so a re-run after a crash adds nothing twice), then the meeting document's copies
// are deleted and meta.layoutVersion set, stored as one record. The case documents are not loaded here: a case
// document's load waits for its meeting document's, so neither ever waits on the other.
import * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import {
  asMap,
  CASE,
  caseDocName,
  layoutVersionOf,
  LAYOUT_VERSION,
  MEETING,
  meetingDocName,
  neutralTitle,
  notesFragmentName,
  parseDocName,
  readAgenda,
  rootFragment,
  rootMap,
  SCOPED,
  setItemTitles,
  type AgendaView,
} from '../../shared/live/layout.js';
import type { DocumentLog } from '../store/port.js';
import { applyStored, readStored } from './load.js';

/** The hub's server origin: the migration is the server's own write (nobody holds the document yet). */
export const MIGRATION_ORIGIN = 'server';

export interface MigrationDeps {
  log: DocumentLog;
  /** Stores one record (after everything queued for the document) and resolves once it is durable. */
  store(docName: string, seq: number, update: Uint8Array): Promise<void>;
}

/** What moves out of the meeting document for one person. */
interface CaseShare {
  personId: string;
  items: AgendaView[];
  actionIds: string[];
  decisionIds: string[];
}

/** The person an action or decision is about: its own personId, else that of the item it was recorded under. */
function personOf(entry: Y.Map<unknown>, personByItem: Map<string, string>): string | undefined {
  const personId = entry.get('personId');
  if (typeof personId === 'string' && personId) return personId;
  const itemId = entry.get('itemId');
  return typeof itemId === 'string' ? personByItem.get(itemId) : undefined;
}

function sharesOf(doc: Y.Doc, meeting: Meeting): CaseShare[] {
  const docAgenda = readAgenda(doc);
  const known = new Set(docAgenda.map((item) => item.id));
  const agenda = [...docAgenda, ...meeting.agenda.filter((item) => !known.has(item.id))];
  const personByItem = new Map(agenda.flatMap((item) => (item.personId ? [[item.id, item.personId] as const] : [])));
  const shares = new Map<string, CaseShare>();
  const shareOf = (personId: string) => {
    let share = shares.get(personId);
    if (!share) shares.set(personId, (share = { personId, items: [], actionIds: [], decisionIds: [] }));
    return share;
  };
  for (const item of agenda) if (item.personId) shareOf(item.personId).items.push(item);
  for (const [key, list] of [
    [SCOPED.actions, 'actionIds'],
    [SCOPED.decisions, 'decisionIds'],
  ] as const) {
    for (const [id, value] of rootMap(doc, key)?.entries() ?? []) {
      const entry = asMap(value);
      const personId = entry && personOf(entry, personByItem);
      // A person id that cannot name a case document stays where it is (nobody can be refused or shown it apart).
      if (personId && parseDocName(caseDocName(meeting._id, personId))) shareOf(personId)[list].push(id);
    }
  }
  return [...shares.values()];
}

/** Copies one person's share into their case document's stored state. */
async function writeCaseShare(deps: MigrationDeps, meetingDoc: Y.Doc, meetingId: string, share: CaseShare, realTitles: Map<string, string>): Promise<void> {
  const name = caseDocName(meetingId, share.personId);
  const target = new Y.Doc();
  try {
    const stored = await readStored(deps.log, name);
    applyStored(target, stored);
    const before = Y.encodeStateVector(target);
    target.transact(() => {
      for (const key of [SCOPED.actions, SCOPED.decisions] as const) {
        const ids = key === SCOPED.actions ? share.actionIds : share.decisionIds;
        const from = rootMap(meetingDoc, key);
        const to = target.getMap<unknown>(key);
        for (const id of ids) {
          const entry = asMap(from?.get(id));
          if (entry && !to.has(id)) to.set(id, entry.clone());
        }
      }
      for (const item of share.items) {
        const from = rootFragment(meetingDoc, notesFragmentName(item.id));
        const to = rootFragment(target, notesFragmentName(item.id));
        if (from && to && from.length > 0 && to.length === 0) to.insert(0, from.toArray().flatMap((node) => (node instanceof Y.XmlHook ? [] : [node.clone()])));
      }
      const titles = target.getMap<unknown>(CASE.item);
      setItemTitles(target, Object.fromEntries(share.items.filter((item) => !titles.has(item.id)).map((item) => [item.id, realTitles.get(item.id) ?? item.title])));
      target.getMap<unknown>(CASE.meta).set('layoutVersion', LAYOUT_VERSION);
    }, MIGRATION_ORIGIN);
    await deps.store(name, (stored.at(-1)?.seq ?? 0) + 1, Y.encodeStateAsUpdate(target, before));
  } finally {
    target.destroy();
  }
}

/** Removes the moved content from the meeting document and marks it as layout 2 (in one transaction). */
function stripMeetingDoc(doc: Y.Doc, meeting: Meeting, shares: CaseShare[]): void {
  doc.transact(() => {
    const actions = rootMap(doc, SCOPED.actions);
    const decisions = rootMap(doc, SCOPED.decisions);
    const items = rootMap(doc, MEETING.agendaItems);
    const agenda = readAgenda(doc);
    for (const share of shares) {
      for (const id of share.actionIds) actions?.delete(id);
      for (const id of share.decisionIds) decisions?.delete(id);
      for (const item of share.items) {
        const fragment = rootFragment(doc, notesFragmentName(item.id));
        if (fragment && fragment.length > 0) fragment.delete(0, fragment.length);
        const entry = asMap(items?.get(item.id));
        const neutral = neutralTitle(agenda.length ? agenda : meeting.agenda, item.id);
        if (entry && entry.get('title') !== neutral) entry.set('title', neutral);
      }
    }
    doc.getMap<unknown>(MEETING.meta).set('layoutVersion', LAYOUT_VERSION);
  }, MIGRATION_ORIGIN);
}

/**
 * Migrates a loaded meeting document (not yet visible to anyone) to the current layout. Returns how many update
 * records it stored for the meeting document (none when it was already current), the first with `seq`.
 */
export async function migrateMeetingDoc(deps: MigrationDeps, doc: Y.Doc, meeting: Meeting, seq = 1): Promise<number> {
  if (layoutVersionOf(doc) >= LAYOUT_VERSION) return 0;
  const shares = sharesOf(doc, meeting);
  const realTitles = new Map(readAgenda(doc).map((item) => [item.id, item.title]));
  for (const share of shares) await writeCaseShare(deps, doc, meeting._id, share, realTitles);
  const before = Y.encodeStateVector(doc);
  stripMeetingDoc(doc, meeting, shares);
  await deps.store(meetingDocName(meeting._id), seq, Y.encodeStateAsUpdate(doc, before));
  return 1;
}
