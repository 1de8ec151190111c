import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MEETING, moveAgendaItem } from './meetingDoc.js';

function agenda(...ids: string[]): Y.Doc {
  const doc = new Y.Doc();
  doc.getArray<string>(MEETING.agendaOrder).push(ids);
  return doc;
}
const order = (doc: Y.Doc) => doc.getArray<string>(MEETING.agendaOrder).toArray();

describe('moveAgendaItem', () => {
  it('moves an item up and down', () => {
    const doc = agenda('a', 'b', 'c', 'd');
    moveAgendaItem(doc, 'c', 0);
    expect(order(doc)).toEqual(['c', 'a', 'b', 'd']);
    moveAgendaItem(doc, 'c', 3);
    expect(order(doc)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('changes nothing for an unknown item, an index out of range or the same place', () => {
    const doc = agenda('a', 'b', 'c');
    let updates = 0;
    doc.on('update', () => updates++);
    moveAgendaItem(doc, 'x', 0);
    moveAgendaItem(doc, 'a', -1);
    moveAgendaItem(doc, 'a', 3);
    moveAgendaItem(doc, 'b', 1);
    expect(order(doc)).toEqual(['a', 'b', 'c']);
    expect(updates).toBe(0);
  });

  it('is one update, so others never see the item missing or twice', () => {
    const doc = agenda('a', 'b', 'c');
    let updates = 0;
    doc.on('update', () => updates++);
    moveAgendaItem(doc, 'a', 2);
    expect(updates).toBe(1);
  });

  it('two people moving different items at once both keep every item exactly once', () => {
    const chair = agenda('a', 'b', 'c', 'd');
    const minutes = new Y.Doc();
    Y.applyUpdate(minutes, Y.encodeStateAsUpdate(chair));
    moveAgendaItem(chair, 'a', 3);
    moveAgendaItem(minutes, 'd', 0);
    Y.applyUpdate(minutes, Y.encodeStateAsUpdate(chair));
    Y.applyUpdate(chair, Y.encodeStateAsUpdate(minutes));
    expect(order(chair)).toEqual(order(minutes));
    expect([...order(chair)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
});
