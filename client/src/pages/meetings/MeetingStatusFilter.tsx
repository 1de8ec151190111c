import { useState, type FormEvent } from 'react';
import { MEETING_STATUSES, type MeetingStatus } from '../../../../shared/domain/schemas';
import { MEETING_STATUS_LABELS } from '../../labels';

interface Props {
  status: MeetingStatus | undefined;
  onChange(status: MeetingStatus | undefined): void;
}

/** A select plus an explicit button: changing the select alone does not reload the page (WCAG 3.2.2). */
export function MeetingStatusFilter({ status, onChange }: Props) {
  const [choice, setChoice] = useState<string>(status ?? '');
  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange(MEETING_STATUSES.find((s) => s === choice));
  }
  return (
    <form className="roundtable-filter" onSubmit={apply} role="search" aria-label="Filter meetings">
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="meeting-status">
          Status
        </label>
        <select className="govuk-select" id="meeting-status" name="status" value={choice} onChange={(event) => setChoice(event.target.value)}>
          <option value="">All meetings</option>
          {MEETING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {MEETING_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filter
      </button>
    </form>
  );
}
