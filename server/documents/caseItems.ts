// The server-written part of a new case document: the real titles of the person's agenda items and the layout version.
import type * as Y from 'yjs';
import type { Meeting } from '../../shared/domain/records.js';
import { CASE, LAYOUT_VERSION, setItemTitles } from '../../shared/live/layout.js';

export function writeCaseItems(doc: Y.Doc, meeting: Meeting, personId: string): void {
  doc.transact(() => {
    setItemTitles(doc, Object.fromEntries(meeting.agenda.filter((item) => item.personId === personId).map((item) => [item.id, item.title])));
    const meta = doc.getMap<unknown>(CASE.meta);
    if (meta.get('layoutVersion') !== LAYOUT_VERSION) meta.set('layoutVersion', LAYOUT_VERSION);
  });
}
