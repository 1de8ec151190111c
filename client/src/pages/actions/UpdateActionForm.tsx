import { useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/schemas';
import { api, ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { ACTION_STATUS_LABELS } from '../../../../shared/domain/actionStatus';
import type { TrackedActionView } from '../../../../shared/api/trackedActions';

const STATUS_HINTS: Partial<Record<ActionStatus, string>> = {
  'not-done': 'It should have been done and was not. It stays open for the next meeting.',
  'could-not-be-done': 'Circumstances changed (for example a release date moved or the person was recalled), so it no longer applies.',
};

function validate(status: ActionStatus, original: ActionStatus, note: string): FieldError[] {
  if (status === original && !note.trim()) return [{ field: `status-${status}`, message: 'Choose a new status or add a progress note' }];
  if (note.length > 4000) return [{ field: 'progress-note', message: 'Progress note must be 4,000 characters or fewer' }];
  return [];
}

export function UpdateActionForm({ action, children }: { action: TrackedActionView; children: ReactNode }) {
  const navigate = useNavigate();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  usePageTitle('Update an action', errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validate(status, action.status, note);
    setErrors(problems);
    if (problems.length) return;
    setSaving(true);
    try {
      await api.updateAction(action.id, { ...(status !== action.status ? { status } : {}), ...(note.trim() ? { progressNote: note.trim() } : {}) });
      void navigate('/actions', { state: { updated: `${action.text} is now: ${ACTION_STATUS_LABELS[status]}.` } });
    } catch (err) {
      setErrors([{ field: 'progress-note', message: err instanceof ApiError ? err.message : 'The action could not be updated. Try again.' }]);
      setSaving(false);
    }
  }

  const noteError = errors.find((e) => e.field === 'progress-note')?.message;
  const statusError = errors.find((e) => e.field.startsWith('status-'))?.message;
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Update an action</h1>
      {children}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={`govuk-form-group${statusError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={statusError ? 'status-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Status</legend>
            {statusError && (
              <p id="status-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {statusError}
              </p>
            )}
            <div className="govuk-radios" data-module="govuk-radios">
              {ACTION_STATUSES.map((s) => (
                <div className="govuk-radios__item" key={s}>
                  <input
                    className="govuk-radios__input"
                    id={`status-${s}`}
                    name="status"
                    type="radio"
                    checked={status === s}
                    onChange={() => setStatus(s)}
                    aria-describedby={STATUS_HINTS[s] ? `status-${s}-hint` : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`status-${s}`}>
                    {ACTION_STATUS_LABELS[s]}
                  </label>
                  {STATUS_HINTS[s] && (
                    <div id={`status-${s}-hint`} className="govuk-hint govuk-radios__hint">
                      {STATUS_HINTS[s]}
                    </div>
                  )}
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={`govuk-form-group${noteError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--m" htmlFor="progress-note">
            Progress note
          </label>
          <div id="progress-note-hint" className="govuk-hint">
            What has happened since the meeting. Other agencies on the panel will read this.
          </div>
          {noteError && (
            <p id="progress-note-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {noteError}
            </p>
          )}
          <textarea
            className={`govuk-textarea${noteError ? ' govuk-textarea--error' : ''}`}
            id="progress-note"
            name="progressNote"
            rows={5}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-describedby={`progress-note-hint${noteError ? ' progress-note-error' : ''}`}
          />
        </div>
        <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving}>
          Save update
        </button>
      </form>
    </>
  );
}
