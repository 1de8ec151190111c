// The person under discussion in one line: release, custody, MAPPA, lead practitioner.
import { Link } from 'react-router-dom';
import type { Person } from '../../../shared/domain/records';
import { formatDate } from '../format';
import { CUSTODY_STATUS_LABELS } from '../labels';
import { ReleaseCountdown } from '../pages/people/ReleaseCountdown';

export function PersonSummary({ person }: { person: Person }) {
  const facts = [
    CUSTODY_STATUS_LABELS[person.custodyStatus] ?? person.custodyStatus,
    person.prison,
    person.mappaLevel ? `MAPPA category ${person.mappaCategory ?? '?'}, level ${person.mappaLevel}` : '',
    person.leadPractitioner ? `Lead: ${person.leadPractitioner}` : '',
  ].filter(Boolean);
  return (
    <div className="roundtable-person">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Link className="govuk-link" to={`/people/${person._id}`} target="_blank" rel="noopener">
          {person.name} ({person.caseReference})<span className="govuk-visually-hidden"> (opens in a new tab)</span>
        </Link>
        {person.releaseDate && (
          <>
            {' '}
            release date {formatDate(person.releaseDate)} <ReleaseCountdown releaseDate={person.releaseDate} custodyStatus={person.custodyStatus} compact />
          </>
        )}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-2">{facts.join(' · ')}</p>
    </div>
  );
}
