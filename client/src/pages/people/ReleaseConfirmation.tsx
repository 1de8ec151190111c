// Release day: the lead agency confirms what happened (met at the gate, not met, release did not happen) and
// the time; everyone who sees the person sees the answer. "Release did not happen" raises a red flag in the room.
import { useCallback, useState, type FormEvent } from 'react';
import { RELEASE_OUTCOME_LABELS, RELEASE_OUTCOMES, releaseConfirmationInput, type ReleaseConfirmation, type ReleaseOutcome } from '../../../../shared/domain/firstDays';
import { ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useApiData } from '../../components/useApiData';
import { formatDate, todayIso } from '../../format';
import { firstDaysApi } from './firstDaysApi';

/** "Released and met at the gate at 08:40 on 3 December 2026", in the words the person page and the room use. */
export function describeConfirmation(confirmation: ReleaseConfirmation): string {
  if (confirmation.outcome === 'not-released') return `Release did not happen on ${formatDate(confirmation.date)} (known at ${confirmation.time})`;
  return `${RELEASE_OUTCOME_LABELS[confirmation.outcome]} at ${confirmation.time} on ${formatDate(confirmation.date)}`;
}

function ConfirmForm({ personId, onSaved }: { personId: string; onSaved(): void }) {
  const [outcome, setOutcome] = useState<ReleaseOutcome | ''>('');
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = releaseConfirmationInput.safeParse({ outcome: outcome || undefined, time: time.trim(), ...(note.trim() ? { note } : {}) });
    if (!parsed.success) {
      setErrors(
        parsed.error.issues.map((issue) => ({
          field: issue.path[0] === 'outcome' ? `release-outcome-${RELEASE_OUTCOMES[0]}` : issue.path[0] === 'note' ? 'release-note' : 'release-time',
          message: issue.path[0] === 'outcome' ? 'Choose what happened on release day' : issue.message,
        })),
      );
      return;
    }
    setSaving(true);
    try {
      await firstDaysApi.confirm(personId, parsed.data);
      setErrors([]);
      setOutcome('');
      setTime('');
      setNote('');
      onSaved();
    } catch (err) {
      setErrors([{ field: 'release-time', message: err instanceof ApiError ? err.message : 'Something went wrong on our side. Please try again.' }]);
    } finally {
      setSaving(false);
    }
  }

  const outcomeError = errorFor(`release-outcome-${RELEASE_OUTCOMES[0]}`);
  const timeError = errorFor('release-time');
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${outcomeError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={outcomeError ? 'release-outcome-error' : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What happened on release day?</legend>
          {outcomeError && (
            <p id="release-outcome-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {outcomeError}
            </p>
          )}
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {RELEASE_OUTCOMES.map((value) => (
              <div className="govuk-radios__item" key={value}>
                <input
                  className="govuk-radios__input"
                  id={`release-outcome-${value}`}
                  name="release-outcome"
                  type="radio"
                  value={value}
                  checked={outcome === value}
                  onChange={() => setOutcome(value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`release-outcome-${value}`}>
                  {RELEASE_OUTCOME_LABELS[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={`govuk-form-group${timeError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="release-time">
          Time
        </label>
        <div id="release-time-hint" className="govuk-hint">
          The time of release, or when you learned it did not happen. Use the 24-hour clock, for example 09:30
        </div>
        {timeError && (
          <p id="release-time-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {timeError}
          </p>
        )}
        <input
          className={`govuk-input govuk-input--width-5${timeError ? ' govuk-input--error' : ''}`}
          id="release-time"
          name="release-time"
          type="text"
          inputMode="numeric"
          value={time}
          aria-describedby={`release-time-hint${timeError ? ' release-time-error' : ''}`}
          aria-invalid={timeError ? true : undefined}
          onChange={(event) => setTime(event.target.value)}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="release-note">
          Note (optional)
        </label>
        <textarea className="govuk-textarea" id="release-note" name="release-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving}>
        Confirm release
      </button>
    </form>
  );
}

/** The person page's "Release day" section. */
export function ReleaseConfirmationSection({ personId, releaseDate, onChanged }: { personId: string; releaseDate: string | null | undefined; onChanged?(): void }) {
  const load = useCallback((signal: AbortSignal) => firstDaysApi.confirmations(personId, signal), [personId]);
  const data = useApiData(load);
  const [saved, setSaved] = useState(false);
  if (!releaseDate || data.status !== 'loaded') return null;
  const { latest, canConfirm } = data.data;
  const onSaved = () => {
    setSaved(true);
    data.reload();
    onChanged?.();
  };
  const due = todayIso() >= releaseDate;
  return (
    <section aria-labelledby="release-day-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="release-day-heading">
        Release day
      </h2>
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="release-saved-title">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="release-saved-title">
              Success
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Release day confirmed</p>
          </div>
        </div>
      )}
      <p className="govuk-body" data-testid="release-confirmation">
        {latest ? `${describeConfirmation(latest)}, recorded by ${latest.recordedByName ?? 'the lead agency'}.` : due ? 'Not confirmed yet.' : `The lead agency confirms what happened from ${formatDate(releaseDate)}.`}
      </p>
      {canConfirm && due && !latest && <ConfirmForm personId={personId} onSaved={onSaved} />}
      {canConfirm && due && latest && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Correct what happened on release day</span>
          </summary>
          <div className="govuk-details__text">
            <ConfirmForm personId={personId} onSaved={onSaved} />
          </div>
        </details>
      )}
    </section>
  );
}
