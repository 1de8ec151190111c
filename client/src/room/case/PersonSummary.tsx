// The person under discussion in one line: release, custody, MAPPA, lead practitioner.
import { Link } from 'react-router-dom';
import type { Person, PersonView } from '../../../../shared/domain/records';
import { formatDate } from '../../format';
import { CUSTODY_STATUS_LABELS } from '../../labels';
import { ReleaseCountdown } from '../../pages/people/ReleaseCountdown';
import { describeConfirmation } from '../../pages/people/ReleaseConfirmation';
import { useReleaseConfirmation } from './useReleaseConfirmation';

export function PersonSummary({ person }: { person: Person & Pick<PersonView, 'lastReleaseChange'> }) {
  const moved = person.lastReleaseChange && person.lastReleaseChange.new === (person.releaseDate ?? null) ? person.lastReleaseChange : null;
  const confirmation = useReleaseConfirmation(person._id);
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
            release date <span data-testid="room-release-date">{formatDate(person.releaseDate)}</span>{' '}
            <ReleaseCountdown
              releaseDate={person.releaseDate}
              custodyStatus={person.custodyStatus}
              outcome={confirmation?.releaseDate === person.releaseDate ? confirmation.outcome : null}
              compact
            />
          </>
        )}
        {moved && (
          <span className="govuk-body-s" data-testid="room-release-moved">
            {' '}
            (was {moved.old ? formatDate(moved.old) : 'no release date'}, changed {formatDate(moved.at.slice(0, 10))})
          </span>
        )}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-2">{facts.join(' · ')}</p>
      {confirmation && (
        <p className="govuk-body-s govuk-!-margin-bottom-2" data-testid="room-release-confirmation">
          Release day: {describeConfirmation(confirmation)}
        </p>
      )}
    </div>
  );
}
