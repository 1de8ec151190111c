import { Link } from 'react-router-dom';
import type { Person } from '../../../../shared/domain/records';
import { formatDate, plural } from '../../format';
import { CUSTODY_STATUS_LABELS } from '../../labels';
import type { PeopleFilters } from './peopleQuery';
import { ReleaseCountdown } from './ReleaseCountdown';

function describeResults(total: number, filters: PeopleFilters) {
  const within = filters.window ? ` released in the next ${filters.window} weeks` : '';
  const matching = filters.q ? ` matching “${filters.q}”` : '';
  return `${plural(total, 'person', 'people')}${within}${matching}`;
}

export function PeopleTable({ people, total, filters }: { people: Person[]; total: number; filters: PeopleFilters }) {
  return (
    <table className="govuk-table" data-testid="people-table">
      <caption className="govuk-table__caption govuk-table__caption--m" aria-live="polite">
        {describeResults(total, filters)}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Case reference
          </th>
          <th scope="col" className="govuk-table__header">
            Custody status
          </th>
          <th scope="col" className="govuk-table__header">
            Release date
          </th>
          <th scope="col" className="govuk-table__header">
            MAPPA level
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {people.map((person) => (
          <tr className="govuk-table__row" key={person._id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/people/${person._id}`}>
                {person.name}
              </Link>
            </td>
            <td className="govuk-table__cell">{person.caseReference}</td>
            <td className="govuk-table__cell">{CUSTODY_STATUS_LABELS[person.custodyStatus] ?? person.custodyStatus}</td>
            <td className="govuk-table__cell">
              {person.releaseDate ? (
                <>
                  {formatDate(person.releaseDate)}
                  <br />
                  <ReleaseCountdown releaseDate={person.releaseDate} compact />
                </>
              ) : (
                'No release date'
              )}
            </td>
            <td className="govuk-table__cell">{person.mappaLevel ? `Level ${person.mappaLevel}` : 'Not MAPPA'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
