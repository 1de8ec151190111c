import { Link } from 'react-router-dom';
import type { AgendaItem } from '../../../../shared/domain/records';
import type { Directory } from '../../session/useDirectory';

export function AgendaTable({ agenda, directory }: { agenda: AgendaItem[]; directory: Directory | null }) {
  if (!agenda.length) return <p className="govuk-body">The chair has not set an agenda yet.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-visually-hidden">Agenda items in order</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Item
          </th>
          <th scope="col" className="govuk-table__header">
            Presented by
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Time
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {agenda.map((item, index) => {
          const presenter = directory?.agency(item.presenterAgencyId);
          return (
            <tr className="govuk-table__row" key={item.id}>
              <td className="govuk-table__cell">
                {index + 1}.{' '}
                {item.personId ? (
                  <Link className="govuk-link" to={`/people/${item.personId}`}>
                    {item.title}
                  </Link>
                ) : (
                  item.title
                )}
                {item.kind === 'standing' && <strong className="govuk-tag govuk-tag--grey roundtable-tag-inline">Standing item</strong>}
              </td>
              <td className="govuk-table__cell">{presenter ? (presenter.shortName ?? presenter.name) : ''}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{item.timeboxMinutes ? `${item.timeboxMinutes} min` : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
