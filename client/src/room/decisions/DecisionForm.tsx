// Records a new decision: what was decided, why, and which agencies it binds. Nothing reaches the meeting until it is
// saved, so "Record a decision" never leaves an empty one behind; the draft survives switching the room's tabs.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useSessionDraft } from '../actions/useSessionDraft';
import { useRoom } from '../RoomContext';
import { AgencyCheckboxes } from './AgencyCheckboxes';

export interface DecisionDraft {
  text: string;
  rationale: string;
  agencyIds: string[];
}

interface Props {
  itemId: string;
  onSave(draft: DecisionDraft): void;
  onCancel(): void;
}

const EMPTY: DecisionDraft = { text: '', rationale: '', agencyIds: [] };
const PREFIX = 'decision-new';

/** The key of an item's decision draft: the panel opens the form again when one is kept. */
export const decisionDraftKey = (meetingId: string, itemId: string) => `decision.${meetingId}.${itemId}`;

export function DecisionForm({ itemId, onSave, onCancel }: Props) {
  const { meetingId, agencies } = useRoom();
  const [draft, setDraft, clearDraft] = useSessionDraft<DecisionDraft>(decisionDraftKey(meetingId, itemId), EMPTY);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const textError = errors.find((error) => error.field === `${PREFIX}-text`);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.text.trim()) return setErrors([{ field: `${PREFIX}-text`, message: 'Enter what was decided' }]);
    setErrors([]);
    onSave({ text: draft.text.trim(), rationale: draft.rationale.trim(), agencyIds: draft.agencyIds });
    clearDraft();
  };
  const cancel = () => {
    clearDraft();
    onCancel();
  };

  return (
    <form className="roundtable-decision" onSubmit={submit} noValidate aria-labelledby={`${PREFIX}-heading`}>
      <h4 className="govuk-heading-s" id={`${PREFIX}-heading`}>
        Record a decision
      </h4>
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${textError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`${PREFIX}-text`}>
          What was decided
        </label>
        {textError && (
          <p className="govuk-error-message" id={`${PREFIX}-text-error`}>
            <span className="govuk-visually-hidden">Error:</span> {textError.message}
          </p>
        )}
        <textarea
          className={`govuk-textarea${textError ? ' govuk-textarea--error' : ''}`}
          id={`${PREFIX}-text`}
          rows={2}
          ref={first}
          value={draft.text}
          aria-invalid={!!textError || undefined}
          aria-describedby={textError ? `${PREFIX}-text-error` : undefined}
          onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${PREFIX}-rationale`}>
          Why (rationale)
        </label>
        <textarea className="govuk-textarea" id={`${PREFIX}-rationale`} rows={2} value={draft.rationale} onChange={(event) => setDraft({ ...draft, rationale: event.target.value })} />
      </div>
      <div className="govuk-form-group">
        <AgencyCheckboxes idPrefix={PREFIX} legend="Binds" agencies={agencies} selected={draft.agencyIds} readOnly={false} onChange={(agencyIds) => setDraft({ ...draft, agencyIds })} />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Save decision
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
