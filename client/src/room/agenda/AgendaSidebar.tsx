// The agenda in its live order, the chair's current item marked; the chair reorders it.
import type * as Y from 'yjs';
import type { AgendaView } from '../../../../shared/live/meetingDoc';
import type { LiveDoc } from '../../live/useYDoc';
import { useRoom } from '../RoomContext';
import { AgendaItemRow } from './AgendaItemRow';
import { moveAgendaItem } from '../../../../shared/live/meetingDoc';

interface Props {
  agenda: AgendaView[];
  viewedItemId: string | null;
  /** Null for a guest, who may not hold the meeting document (and so cannot reorder). */
  meetingDoc: LiveDoc | null;
  /** The case document of a person (live when on screen, else a snapshot), when the server offers it to this user. */
  caseDocOf(personId: string | undefined): Y.Doc | null;
  onSelect(itemId: string): void;
}

export function AgendaSidebar({ agenda, viewedItemId, meetingDoc, caseDocOf, onSelect }: Props) {
  const { room, isChair, readOnly } = useRoom();
  const currentItemId = room.currentItemId;
  const canReorder = isChair && !readOnly && meetingDoc !== null;
  return (
    <nav className="roundtable-agenda" aria-labelledby="agenda-title">
      <h2 className="govuk-heading-m" id="agenda-title">
        Agenda
      </h2>
      {canReorder && <p className="govuk-hint roundtable-hint-compact">Select an item to make it the current item for everyone. Drag items, or use Up and Down, to reorder.</p>}
      <ol className="roundtable-agenda__list">
        {agenda.map((item, index) => (
          <AgendaItemRow
            key={item.id}
            item={item}
            index={index}
            count={agenda.length}
            isCurrent={item.id === currentItemId}
            isViewed={item.id === viewedItemId}
            canReorder={canReorder}
            caseDoc={caseDocOf(item.personId)}
            onSelect={onSelect}
            onMove={(itemId, toIndex) => meetingDoc && moveAgendaItem(meetingDoc.doc, itemId, toIndex)}
            selectLabel={isChair && !readOnly ? 'make this the current item' : 'show this item'}
          />
        ))}
      </ol>
    </nav>
  );
}
