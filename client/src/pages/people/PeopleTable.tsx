import { Link } from 'react-router-dom';
import type { Person } from '../../../../shared/domain/records';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
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
    <GovukTable
      caption={describeResults(total, filters)}
      captionStyle="medium"
      captionLive
      columns={['Name', 'Case reference', 'Custody status', 'Release date', 'MAPPA level']}
      testId="people-table"
    >
      {people.map((person) => (
        <Row key={person._id}>
          <Cell>
            <Link className="govuk-link" to={`/people/${person._id}`}>
              {person.name}
            </Link>
          </Cell>
          <Cell>{person.caseReference}</Cell>
          <Cell>{CUSTODY_STATUS_LABELS[person.custodyStatus] ?? person.custodyStatus}</Cell>
          <Cell>
            {person.releaseDate ? (
              <>
                {formatDate(person.releaseDate)}
                <br />
                <ReleaseCountdown releaseDate={person.releaseDate} custodyStatus={person.custodyStatus} compact />
              </>
            ) : (
              'No release date'
            )}
          </Cell>
          <Cell>{person.mappaLevel ? `Level ${person.mappaLevel}` : 'Not MAPPA'}</Cell>
        </Row>
      ))}
    </GovukTable>
  );
}
