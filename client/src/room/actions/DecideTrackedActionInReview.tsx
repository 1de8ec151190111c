// What follows an action that could not be done: the chair records the panel's decision (close it, or re-open it)
// with the reason; until then the action stays listed at every meeting of the panel.
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api';
import { useRoom } from '../RoomContext';
import { trackedActionReviewApi } from './trackedActionReviewApi';
import { refreshTrackedActionsInReview } from './useTrackedActionsInReview';
import type { PanelDecisionOutcome } from '../../../../shared/domain/actions';
import type { TrackedActionInReview } from '../../../../shared/api/trackedActions';

const OUTCOMES: { value: PanelDecisionOutcome; label: string; hint: string }[] = [
  { value: 'close', label: 'Close it', hint: 'Nothing further is needed from this panel.' },
  { value: 'reopen', label: 'Re-open it', hint: 'The owning agency tries again; it becomes open.' },
];

export function DecideTrackedActionInReview({ action }: { action: TrackedActionInReview }) {
  const { meetingId } = useRoom();
  const id = useId();
  const [outcome, setOutcome] = useState<PanelDecisionOutcome | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ outcome?: string; reason?: string; other?: string }>({});
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = {
      ...(outcome ? {} : { outcome: 'Choose whether to close or re-open the action' }),
      ...(reason.trim() ? {} : { reason: 'Give the reason for the decision' }),
    };
    setErrors(problems);
    if (!outcome || !reason.trim()) return;
    setSaving(true);
    try {
      await trackedActionReviewApi.decide(meetingId, action.id, { outcome, reason: reason.trim() });
      refreshTrackedActionsInReview(meetingId);
    } catch (err) {
      setErrors({ other: err instanceof ApiError ? err.message : 'The decision could not be recorded. Try again.' });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {errors.other && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {errors.other}
        </p>
      )}
      <div className={`govuk-form-group${errors.outcome ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={errors.outcome ? `${id}-outcome-error` : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What does the panel decide?</legend>
          {errors.outcome && (
            <p id={`${id}-outcome-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.outcome}
            </p>
          )}
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {OUTCOMES.map((o) => (
              <div className="govuk-radios__item" key={o.value}>
                <input
                  className="govuk-radios__input"
                  id={`${id}-${o.value}`}
                  name={`${id}-outcome`}
                  type="radio"
                  checked={outcome === o.value}
                  onChange={() => setOutcome(o.value)}
                  aria-describedby={`${id}-${o.value}-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`${id}-${o.value}`}>
                  {o.label}
                </label>
                <div id={`${id}-${o.value}-hint`} className="govuk-hint govuk-radios__hint">
                  {o.hint}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={`govuk-form-group${errors.reason ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-reason`}>
          Reason for the decision
        </label>
        {errors.reason && (
          <p id={`${id}-reason-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {errors.reason}
          </p>
        )}
        <textarea
          className={`govuk-textarea${errors.reason ? ' govuk-textarea--error' : ''}`}
          id={`${id}-reason`}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" disabled={saving}>
        Record the panel’s decision<span className="govuk-visually-hidden"> about “{action.text}”</span>
      </button>
    </form>
  );
}
