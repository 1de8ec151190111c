// The status of one action, changed through the REST API (the server writes it into the document).
import { useState } from 'react';
import type { ActionFields } from '../../../shared/live/layout';
import { roomApi } from './roomApi';
import { ACTION_STATUS_LABELS } from './roomLabels';

interface Props {
  meetingId: string;
  action: ActionFields;
  readOnly: boolean;
}

export function ActionStatusSelect({ meetingId, action, readOnly }: Props) {
  const [error, setError] = useState<string | null>(null);
  const id = `action-status-${action.id}`;
  const change = (status: ActionFields['status']) => {
    setError(null);
    roomApi.updateAction(meetingId, action.id, { status }).catch((err: Error) => setError(err.message));
  };
  return (
    <div className={`govuk-form-group roundtable-compact${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-visually-hidden" htmlFor={id}>
        Status of “{action.text}”
      </label>
      {error && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select className="govuk-select" id={id} value={action.status} disabled={readOnly} onChange={(event) => change(event.target.value as ActionFields['status'])}>
        {Object.entries(ACTION_STATUS_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
