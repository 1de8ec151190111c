// One decision: what was decided, why, and which agencies it binds. A decision with no text and no rationale can be
// removed, with a reason the server keeps in the audit.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { liveDecision, setDecisionAgencies } from '../../../../shared/live/scoped';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { ErrorSummary } from '../../components/ErrorSummary';
import { actionWrites } from '../actions/actionWrites';
import { CollaborativeField } from '../case/CollaborativeField';
import { useRoom } from '../RoomContext';
import { AgencyCheckboxes } from './AgencyCheckboxes';

interface Props {
  live: LiveDoc;
  id: string;
  number: number;
  /** The decision's map in the document (its fields are read afresh whenever it changes). */
  map: Y.Map<unknown>;
  onRemoved(number: number): void;
}

export const decisionHeadingId = (id: string) => `decision-${id}-heading`;

export function DecisionEntry({ live, id, number, map, onRemoved }: Props) {
  const { agencies, readOnly, meetingId } = useRoom();
  useYObserved(map);
  const decision = liveDecision(id, map);
  const empty = !decision.text?.toString().trim() && !decision.rationale?.toString().trim();
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const reasonId = `decision-${id}-reason`;
  const summary = useMemo(() => (error ? [{ field: reasonId, message: error }] : []), [error, reasonId]);

  useEffect(() => {
    if (removing) reasonField.current?.focus();
  }, [removing]);

  const remove = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Enter why you are removing this decision');
    setBusy(true);
    setError(null);
    try {
      await actionWrites.removeDecision(meetingId, id, reason.trim());
      onRemoved(number);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  const keep = () => {
    setRemoving(false);
    setError(null);
    requestAnimationFrame(() => removeButton.current?.focus());
  };

  return (
    <div className="roundtable-decision" data-decision={id}>
      <h4 className="govuk-heading-s" id={decisionHeadingId(id)} tabIndex={-1}>
        Decision {number}
      </h4>
      <CollaborativeField live={live} ytext={decision.text} fieldKey={`decisions.${id}.text`} label="Decision" rows={2} />
      <CollaborativeField live={live} ytext={decision.rationale} fieldKey={`decisions.${id}.rationale`} label="Rationale" rows={2} />
      <AgencyCheckboxes idPrefix={`decision-${id}`} legend="Binds" agencies={agencies} selected={decision.agencyIds} readOnly={readOnly} onChange={(ids) => setDecisionAgencies(decision, ids)} />
      {!readOnly && empty && !removing && (
        <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-top-3" ref={removeButton} onClick={() => setRemoving(true)}>
          Remove empty decision<span className="govuk-visually-hidden"> {number}</span>
        </button>
      )}
      {!readOnly && empty && removing && (
        <form className="govuk-!-margin-top-3" onSubmit={(event) => void remove(event)} noValidate aria-label={`Remove decision ${number}`}>
          <ErrorSummary errors={summary} />
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor={reasonId}>
              Why are you removing decision {number}?
            </label>
            <div className="govuk-hint" id={`${reasonId}-hint`}>
              For example, it was recorded by mistake. Do not include personal details.
            </div>
            {error && (
              <p className="govuk-error-message" id={`${reasonId}-error`}>
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <textarea
              className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
              id={reasonId}
              rows={2}
              ref={reasonField}
              value={reason}
              aria-invalid={!!error || undefined}
              aria-describedby={`${reasonId}-hint${error ? ` ${reasonId}-error` : ''}`}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button govuk-button--warning" disabled={busy}>
              Remove decision
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={keep}>
              Keep decision
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
