// The server-written part of a new case document: the real titles of the person's agenda items and the layout version.
import type * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { setCaseLayoutVersion, setItemTitles } from '../../shared/live/caseDoc.js';

export function writeCaseItems(doc: Y.Doc, meeting: Meeting, personId: string): void {
  doc.transact(() => {
    setItemTitles(doc, Object.fromEntries(meeting.agenda.filter((item) => item.personId === personId).map((item) => [item.id, item.title])));
    setCaseLayoutVersion(doc);
  });
}
