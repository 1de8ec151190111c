// The actions of the item's scope (its case document, or the meeting document for a standing item): this item's
// first, then the rest of that scope, and the form to add one. After adding, changing or removing an action, focus
// moves to what changed (the action, or the heading when it is gone) and a live region says what happened.
import { useEffect, useMemo, useRef, useState } from 'react';
import { readLiveActions, scopedRoots } from '../../../../shared/live/scoped';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { useRoom } from '../RoomContext';
import { actionAnchorId, ActionsTable } from './ActionsTable';
import { AddActionForm } from './AddActionForm';
import { editDraftKey } from './EditActionForm';
import { hasSessionDraft } from './useSessionDraft';
import type { LiveAction } from '../../../../shared/domain/actions';

interface Props {
  live: LiveDoc;
  itemId: string;
  personId?: string;
  personName?: string;
  hasReleaseDate: boolean;
  releaseDate?: string | null;
  /** The release date before its last recorded change (relative due dates show what moved). */
  previousReleaseDate?: string | null;
}

export function ActionsPanel({ live, itemId, personId, personName, hasReleaseDate, releaseDate, previousReleaseDate }: Props) {
  const { readOnly, meetingId } = useRoom();
  const version = useYObserved(scopedRoots(live.doc).actions);
  const actions = useMemo(
    () => readLiveActions(live.doc).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    // `version` changes whenever the actions do.
    [live.doc, version],
  );
  const [editingId, setEditingId] = useState<string | null>(null);
  /** A change half made before the user switched tabs: its form opens again (without taking focus). */
  const [restoredId, setRestoredId] = useState<string | null>(null);
  const restoreChecked = useRef(false);
  useEffect(() => {
    if (restoreChecked.current || actions.length === 0) return;
    restoreChecked.current = true;
    const kept = actions.find((action) => hasSessionDraft(editDraftKey(meetingId, action.id)));
    if (kept) {
      setEditingId(kept.id);
      setRestoredId(kept.id);
    }
  }, [actions, meetingId]);
  const [announcement, setAnnouncement] = useState('');
  /** An action to move focus to once the live document shows it. */
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusOn) return;
    const anchor = document.getElementById(actionAnchorId(focusOn));
    if (anchor) {
      anchor.focus();
      setFocusOn(null);
    }
  }, [focusOn, actions]);

  const announce = (message: string) => setAnnouncement(message);
  const added = (action: LiveAction) => {
    announce(`Action added: ${action.text}`);
    setFocusOn(action.id);
  };
  const edited = (actionId: string | null, outcome?: 'changed' | 'removed' | 'cancelled') => {
    setRestoredId(null);
    if (actionId) return setEditingId(actionId);
    const closing = editingId;
    setEditingId(null);
    if (outcome === 'removed') {
      announce('Action removed');
      heading.current?.focus();
    } else {
      if (outcome === 'changed') announce('Action changed');
      if (closing) setFocusOn(closing);
    }
  };

  const here = actions.filter((a) => a.itemId === itemId || (personId !== undefined && a.personId === personId));
  const elsewhere = actions.filter((a) => !here.includes(a));
  const tableProps = { personId, releaseDate, previousReleaseDate, hasReleaseDate, editingId, restoredId, onEdit: edited };
  return (
    <>
      <h3 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        Actions for this item
      </h3>
      <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-actions-announcement>
        {announcement}
      </div>
      <ActionsTable {...tableProps} actions={here} />
      {!readOnly && <AddActionForm key={itemId} itemId={itemId} personId={personId} personName={personName} hasReleaseDate={hasReleaseDate} onAdded={added} />}
      {elsewhere.length > 0 && (
        <>
          <h3 className="govuk-heading-m">Other actions</h3>
          <ActionsTable {...tableProps} actions={elsewhere} />
        </>
      )}
    </>
  );
}
