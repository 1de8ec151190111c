import { Link } from 'react-router-dom';
import { formatDate } from '../../format';
import type { ClosedRecord } from '../../../../shared/domain/closedRecord';

export function MinutesActionsByAgency({ record }: { record: ClosedRecord }) {
  const agencies = record.agencies.filter((agency) => record.actions.some((a) => a.agencyId === agency.id));
  if (!agencies.length) return <p className="govuk-body">No actions were agreed.</p>;
  const caseOf = (personId?: string) => record.people.find((p) => p.personId === personId);
  return (
    <>
      {agencies.map((agency) => (
        <section key={agency.id} aria-labelledby={`agency-${agency.id}`}>
          <h3 className="govuk-heading-s" id={`agency-${agency.id}`}>
            <Link className="govuk-link" to={`/meetings/${record.meeting.id}/agencies/${agency.id}`}>
              {agency.name}
            </Link>
          </h3>
          <ul className="govuk-list govuk-list--bullet">
            {record.actions
              .filter((a) => a.agencyId === agency.id)
              .map((a) => (
                <li key={a.id}>
                  {a.text}
                  {caseOf(a.personId) && ` (${caseOf(a.personId)?.name})`}
                  {a.owner && `, ${a.owner}`}
                  {a.dueDate && `, due ${formatDate(a.dueDate)}`}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
