// Adds an empty decision, in one transaction, to the item's document: its case document, or the meeting document for
// a standing item (the layout lets clients create decisions; their text and rationale are then typed into the Y.Texts).
import { uuidv4 } from 'lib0/random';
import * as Y from 'yjs';
import { SCOPED } from '../../../shared/live/layout';

export function addDecision(doc: Y.Doc, itemId: string, personId?: string): string {
  const id = uuidv4();
  doc.transact(() => {
    const decision = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>(SCOPED.decisions).set(id, decision);
    decision.set('itemId', itemId);
    if (personId) decision.set('personId', personId);
    decision.set('text', new Y.Text());
    decision.set('rationale', new Y.Text());
    decision.set('agencyIds', []);
    decision.set('createdAt', new Date().toISOString());
  });
  return id;
}
