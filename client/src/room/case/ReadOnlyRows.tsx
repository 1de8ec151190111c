// What the room shows read only (an observer, a closed meeting, a member while the chair has paused it): GOV.UK
// summary list rows in plain, full-contrast text that reads on a projector, never disabled controls with faint text.
import type { ReactNode } from 'react';

interface RowProps {
  label: ReactNode;
  /** Empty (blank text, null, undefined): "Not recorded". */
  value: ReactNode;
  /** On the value, so a label elsewhere can point at it. */
  id?: string;
  /** `data-field` on the value: what it shows. */
  field?: string;
}

export function ReadOnlyRows({ children }: { children: ReactNode }) {
  return <dl className="govuk-summary-list roundtable-readonly-field">{children}</dl>;
}

export function ReadOnlyRow({ label, value, id, field }: RowProps) {
  const empty = value === null || value === undefined || (typeof value === 'string' && !value.trim());
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value" id={id} data-field={field} data-readonly-value>
        {empty ? <span className="roundtable-readonly-field__empty">Not recorded</span> : value}
      </dd>
    </div>
  );
}

/** One value on its own: a summary list of one row. */
export function ReadOnlyField(props: RowProps) {
  return (
    <ReadOnlyRows>
      <ReadOnlyRow {...props} />
    </ReadOnlyRows>
  );
}
