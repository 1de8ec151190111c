// The status of one action, changed through the REST API (the server writes it into the document). Anyone taking
// part in the case may report progress; an error is tied to the select. Read only, the status as plain text. Chosen
// offline, the new status stays shown, marked as waiting to be sent, until the server's document has it (or nothing
// is queued any more: a refused change is shown by the room's RefusedWrites).
import { useEffect, useState } from 'react';
import { onQueueChange, queuedWrites } from '../../live/offlineQueue';
import { useRoom } from '../RoomContext';
import { ACTION_STATUS_LABELS } from '../../../../shared/domain/actionStatus';
import { actionWrites, isQueued } from './actionWrites';
import type { LiveAction } from '../../../../shared/domain/actions';
import { LIVE_ACTION_STATUSES } from '../../../../shared/domain/actionStatus';

interface Props {
  action: LiveAction;
}

export function ActionStatusSelect({ action }: Props) {
  const { meetingId, readOnly, user } = useRoom();
  const [error, setError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState<LiveAction['status'] | null>(null);
  useEffect(() => {
    if (waiting !== null && action.status === waiting) setWaiting(null);
  }, [action.status, waiting]);
  useEffect(() => onQueueChange(() => queuedWrites(user._id, meetingId).length === 0 && setWaiting(null)), [user._id, meetingId]);
  const id = `action-status-${action.id}`;
  if (readOnly)
    return (
      <span className="roundtable-action-status" data-action-status={action.status}>
        {ACTION_STATUS_LABELS[action.status]}
      </span>
    );
  const change = (status: LiveAction['status']) => {
    setError(null);
    actionWrites.updateAction(meetingId, action.id, { status }, `Status of “${action.text}”: ${ACTION_STATUS_LABELS[status]}`).then(
      (result) => isQueued(result) && setWaiting(status),
      (err: Error) => setError(err.message),
    );
  };
  return (
    <div className={`govuk-form-group roundtable-compact${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-visually-hidden" htmlFor={id}>
        Status of “{action.text}”
      </label>
      {error && (
        <p className="govuk-error-message" id={`${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        value={waiting ?? action.status}
        aria-invalid={!!error || undefined}
        aria-describedby={[error ? `${id}-error` : '', waiting ? `${id}-waiting` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => change(event.target.value as LiveAction['status'])}
      >
        {LIVE_ACTION_STATUSES.map((value) => (
          <option key={value} value={value}>
            {ACTION_STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      {waiting && (
        <span className="govuk-hint roundtable-hint-compact" id={`${id}-waiting`} data-status-waiting={waiting}>
          Waiting to be sent
        </span>
      )}
    </div>
  );
}
