// The decisions recorded under one agenda item, the form to record one, and the removal of an empty one. Focus moves
// to what appeared (the new decision, or the heading once one is removed) and a live region says what happened.
import { useEffect, useRef, useState } from 'react';
import { uuidv4 } from 'lib0/random';
import { addDecision, decisionsOfItem, scopedRoots } from '../../../../shared/live/scoped';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { hasSessionDraft } from '../actions/useSessionDraft';
import { useRoom } from '../RoomContext';
import { DecisionEntry, decisionHeadingId } from './DecisionEntry';
import { DecisionForm, decisionDraftKey, type DecisionDraft } from './DecisionForm';

interface Props {
  live: LiveDoc;
  itemId: string;
  personId?: string;
}

export function DecisionsPanel({ live, itemId, personId }: Props) {
  const { readOnly, meetingId, user } = useRoom();
  useYObserved(scopedRoots(live.doc).decisions);
  const [recording, setRecording] = useState(() => hasSessionDraft(decisionDraftKey(meetingId, itemId)));
  const [announcement, setAnnouncement] = useState('');
  const [focusOn, setFocusOn] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const recordButton = useRef<HTMLButtonElement>(null);
  const ofItem = decisionsOfItem(live.doc, itemId);

  useEffect(() => {
    if (!focusOn) return;
    const target = document.getElementById(decisionHeadingId(focusOn));
    if (target) {
      target.focus();
      setFocusOn(null);
    }
  });

  const save = (draft: DecisionDraft) => {
    // Recorded with what was decided already typed, so no empty decision is left behind.
    const id = uuidv4();
    addDecision(live.doc, id, itemId, personId, { ...draft, createdBy: user._id });
    setRecording(false);
    setAnnouncement(`Decision ${ofItem.length + 1} recorded`);
    setFocusOn(id);
  };
  const removed = (number: number) => {
    setAnnouncement(`Decision ${number} removed`);
    heading.current?.focus();
  };

  return (
    <>
      <h3 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        Decisions
      </h3>
      <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-decisions-announcement>
        {announcement}
      </div>
      {ofItem.length === 0 && <p className="govuk-body">No decisions recorded for this item yet.</p>}
      {ofItem.map((decision, index) => (
        <DecisionEntry key={decision.id} live={live} id={decision.id} number={index + 1} map={decision.map} onRemoved={removed} />
      ))}
      {!readOnly && recording && (
        <DecisionForm
          itemId={itemId}
          onSave={save}
          onCancel={() => {
            setRecording(false);
            setFocusOn(null);
            requestAnimationFrame(() => recordButton.current?.focus());
          }}
        />
      )}
      {!readOnly && !recording && (
        <button type="button" className="govuk-button govuk-button--secondary" ref={recordButton} onClick={() => setRecording(true)}>
          Record a decision
        </button>
      )}
    </>
  );
}
