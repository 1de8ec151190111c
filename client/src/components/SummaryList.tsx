export interface SummaryRow {
  key: string;
  value: string | undefined | null;
}

/** A GOV.UK summary list; an empty value reads "Not recorded" rather than leaving a blank. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className={`govuk-summary-list__value${row.value ? ' roundtable-preserve-lines' : ' roundtable-not-recorded'}`}>{row.value || 'Not recorded'}</dd>
        </div>
      ))}
    </dl>
  );
}
