// Moves one agenda item to a new place in the meeting document, in one transaction.
import type * as Y from 'yjs';
import { MEETING } from '../../../shared/live/layout';

export function moveAgendaItem(doc: Y.Doc, itemId: string, toIndex: number): void {
  const order = doc.getArray<string>(MEETING.agendaOrder);
  const from = order.toArray().indexOf(itemId);
  if (from < 0 || toIndex < 0 || toIndex >= order.length || from === toIndex) return;
  doc.transact(() => {
    order.delete(from, 1);
    order.insert(toIndex, [itemId]);
  });
}
