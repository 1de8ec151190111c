// The audit log's filters: action, user, and a date range.
import { useState, type FormEvent } from 'react';
import type { PublicUser } from '../../../../shared/domain/records';
import { TextField } from '../../components/TextField';
import type { AuditFilters } from './adminApi';

interface Props {
  filters: AuditFilters;
  users: PublicUser[];
  onApply(filters: AuditFilters): void;
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <input className="govuk-input govuk-input--width-10" id={id} name={id} type="date" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

export function AuditFilterForm({ filters, users, onApply }: Props) {
  const [action, setAction] = useState(filters.action);
  const [userId, setUserId] = useState(filters.userId);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ action: action.trim(), userId, from, to, offset: 0 });
  }

  return (
    <form className="roundtable-filter-panel" onSubmit={apply} role="search" aria-label="Filter the audit log">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextField id="audit-action" label="Action" hint="For example auth.login-failed" value={action} onChange={setAction} spellCheck={false} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="audit-user">
              User
            </label>
            <select className="govuk-select" id="audit-user" name="audit-user" value={userId} onChange={(event) => setUserId(event.target.value)}>
              <option value="">Anyone</option>
              {users.map((user) => (
                <option key={user._id} value={user._id}>
                  {user.displayName}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-quarter">
          <DateField id="audit-from" label="From" value={from} onChange={setFrom} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <DateField id="audit-to" label="To" value={to} onChange={setTo} />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
