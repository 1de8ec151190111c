// What the close reads of a meeting's live documents: the meeting document (agenda skeleton, attendance, standing
// items) and every case document (that person's notes, decisions, actions and real item titles), as one plain view.
import type * as Y from 'yjs';
import type { Meeting } from '../../../shared/domain/records.js';
import { readItemTitles } from '../../../shared/live/caseDoc.js';
import { caseDocName, meetingDocName } from '../../../shared/live/docNames.js';
import { readAgenda, readAttendance, type AgendaView } from '../../../shared/live/meetingDoc.js';
import { rootFragment } from '../../../shared/live/plain.js';
import { notesFragmentName, readLiveActions, readDecisions, type DecisionView } from '../../../shared/live/scoped.js';
import { xmlFragmentToText } from './notesText.js';
import type { MeetingDocuments } from './types.js';
import type { LiveAction } from '../../../shared/domain/actions.js';

export interface LiveMeetingView {
  agenda: AgendaView[];
  actions: LiveAction[];
  decisions: DecisionView[];
  attendance: ReturnType<typeof readAttendance>;
  /** item id → notes as plain text. */
  notes: Record<string, string>;
  /** People whose case documents were read. */
  personIds: string[];
}

function notesOf(doc: Y.Doc, itemIds: string[]): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const id of itemIds) {
    const fragment = rootFragment(doc, notesFragmentName(id));
    const text = fragment ? xmlFragmentToText(fragment) : '';
    if (text) notes[id] = text;
  }
  return notes;
}

/** Reads the meeting document and the case document of every person on its agenda (from the record or the document). */
export async function readLiveMeeting(documents: Pick<MeetingDocuments, 'read'>, meeting: Meeting): Promise<LiveMeetingView> {
  const base = await documents.read(meetingDocName(meeting._id), (doc) => {
    const agenda = readAgenda(doc);
    const standing = agenda.filter((item) => !item.personId).map((item) => item.id);
    return { agenda, actions: readLiveActions(doc), decisions: readDecisions(doc), attendance: readAttendance(doc), notes: notesOf(doc, standing) };
  });
  const agenda = base.agenda.length ? base.agenda : meeting.agenda;
  const personIds = [...new Set([...meeting.agenda, ...agenda].flatMap((item) => (item.personId ? [item.personId] : [])))].sort();
  const titles: Record<string, string> = {};
  for (const personId of personIds) {
    const itemIds = [...meeting.agenda, ...agenda].filter((item) => item.personId === personId).map((item) => item.id);
    const part = await documents.read(caseDocName(meeting._id, personId), (doc) => ({
      actions: readLiveActions(doc),
      decisions: readDecisions(doc),
      notes: notesOf(doc, itemIds),
      titles: readItemTitles(doc),
    }));
    base.actions.push(...part.actions);
    base.decisions.push(...part.decisions);
    Object.assign(base.notes, part.notes);
    Object.assign(titles, part.titles);
  }
  return { ...base, agenda: agenda.map((item) => (titles[item.id] ? { ...item, title: titles[item.id] } : item)), personIds };
}
