import type { CaseContext } from '../../../../shared/domain/actions';

interface Decision {
  id: string;
  text: string;
  rationale: string;
  case?: CaseContext | null;
}

export function DecisionsList({ decisions }: { decisions: Decision[] }) {
  if (!decisions.length) return <p className="govuk-body">No decisions recorded.</p>;
  return (
    <dl className="govuk-summary-list">
      {decisions.map((d) => (
        <div className="govuk-summary-list__row" key={d.id}>
          <dt className="govuk-summary-list__key">{d.case ? `${d.case.name} (${d.case.caseReference})` : 'General'}</dt>
          <dd className="govuk-summary-list__value">
            <p className="govuk-body roundtable-preserve-lines">{d.text}</p>
            {d.rationale && <p className="govuk-body-s roundtable-secondary roundtable-preserve-lines">Why: {d.rationale}</p>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
