// Updating a tracked action in review: its status and/or a progress note, as on "Our open actions" (the server
// applies the same policy and audit), recorded as a change made in this meeting.
import { useId, useState, type FormEvent } from 'react';
import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/domain/schemas';
import { ApiError } from '../../api';
import { actionStatusLabel } from '../../../../shared/domain/actionStatus';
import { useRoom } from '../RoomContext';
import { trackedActionReviewApi } from './trackedActionReviewApi';
import { refreshTrackedActionsInReview } from './useTrackedActionsInReview';
import type { TrackedActionInReview } from '../../../../shared/api/trackedActions';

export function UpdateTrackedActionInReview({ action }: { action: TrackedActionInReview }) {
  const { meetingId } = useRoom();
  const id = useId();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (status === action.status && !note.trim()) return setError('Choose a new status or add a progress note');
    if (note.length > 4000) return setError('Progress note must be 4,000 characters or fewer');
    setError(null);
    setSaving(true);
    try {
      const updated = await trackedActionReviewApi.update(meetingId, action.id, {
        ...(status !== action.status ? { status } : {}),
        ...(note.trim() ? { progressNote: note.trim() } : {}),
      });
      setNote('');
      setSaved(`Saved: ${actionStatusLabel(updated.status)}${note.trim() ? ', with your progress note' : ''}.`);
      refreshTrackedActionsInReview(meetingId);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'The action could not be updated. Try again.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="roundtable-previous-action-form">
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-status`}>
          Status of “{action.text}”
        </label>
        <select
          className={`govuk-select${error ? ' govuk-select--error' : ''}`}
          id={`${id}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as ActionStatus)}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {actionStatusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-note`}>
          Progress note (optional)
        </label>
        <textarea className="govuk-textarea" id={`${id}-note`} rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" disabled={saving}>
        Save update<span className="govuk-visually-hidden"> to “{action.text}”</span>
      </button>
      <p className="govuk-body govuk-!-margin-bottom-0" role="status">
        {saved}
      </p>
    </form>
  );
}
