// One agenda item in the sidebar: select it (the chair makes it current), move it up or down, drag it.
import type { DragEvent } from 'react';
import type * as Y from 'yjs';
import type { AgendaView } from '../../../../shared/live/meetingDoc';
import { AgendaItemFlags } from './AgendaItemFlags';

interface Props {
  item: AgendaView;
  index: number;
  count: number;
  isCurrent: boolean;
  isViewed: boolean;
  canReorder: boolean;
  /** The item's case document (live when on screen, else a snapshot) when the server offers it to this user (its red flags show here). */
  caseDoc: Y.Doc | null;
  onSelect(itemId: string): void;
  onMove(itemId: string, toIndex: number): void;
  selectLabel: string;
}

export function AgendaItemRow({ item, index, count, isCurrent, isViewed, canReorder, caseDoc, onSelect, onMove, selectLabel }: Props) {
  const dragProps = canReorder
    ? {
        draggable: true,
        onDragStart: (event: DragEvent) => {
          event.dataTransfer.setData('text/plain', item.id);
          event.dataTransfer.effectAllowed = 'move';
        },
        onDragOver: (event: DragEvent) => event.preventDefault(),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          const dragged = event.dataTransfer.getData('text/plain');
          if (dragged && dragged !== item.id) onMove(dragged, index);
        },
      }
    : {};
  const classes = ['roundtable-agenda__item', isCurrent ? 'roundtable-agenda__item--current' : '', isViewed ? 'roundtable-agenda__item--viewed' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} aria-current={isCurrent ? 'step' : undefined} data-item={item.id} {...dragProps}>
      <button type="button" className="roundtable-agenda__select" onClick={() => onSelect(item.id)} aria-describedby={isCurrent ? `agenda-current-${item.id}` : undefined}>
        <span className="roundtable-agenda__number">{index + 1}.</span> {item.title}
        <span className="govuk-visually-hidden">: {selectLabel}</span>
      </button>
      <div className="roundtable-agenda__meta">
        {isCurrent && (
          <strong id={`agenda-current-${item.id}`} className="govuk-tag govuk-tag--blue roundtable-tag-compact">
            Now
          </strong>
        )}
        {item.timeboxMinutes && <span className="roundtable-agenda__timebox">{item.timeboxMinutes} min</span>}
        {item.kind === 'case' && caseDoc && <AgendaItemFlags caseDoc={caseDoc} personId={item.personId} />}
      </div>
      {canReorder && (
        <div className="roundtable-agenda__move">
          <button type="button" className="roundtable-link-button" disabled={index === 0} onClick={() => onMove(item.id, index - 1)} aria-label={`Move “${item.title}” up`}>
            Up
          </button>
          <button type="button" className="roundtable-link-button" disabled={index === count - 1} onClick={() => onMove(item.id, index + 1)} aria-label={`Move “${item.title}” down`}>
            Down
          </button>
        </div>
      )}
    </li>
  );
}
