import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Person } from '../../../../shared/domain/records';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { CUSTODY_STATUS_LABELS, IOM_COHORT_LABELS } from '../../labels';
import { useDirectory, type Directory } from '../../session/useDirectory';
import { PersonViewers } from './PersonViewers';
import { ReleaseCountdown } from './ReleaseCountdown';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';

function personRows(person: Person, directory: Directory | null): SummaryRow[] {
  const leadAgency = directory?.agency(person.leadAgencyId);
  return [
    { key: 'Name', value: person.name },
    { key: 'Date of birth', value: formatDate(person.dateOfBirth) },
    { key: 'Case reference', value: person.caseReference },
    { key: 'Prison number', value: person.prisonNumber },
    { key: 'Custody status', value: CUSTODY_STATUS_LABELS[person.custodyStatus] ?? person.custodyStatus },
    { key: 'Prison', value: person.prison },
    { key: 'Release date', value: person.releaseDate ? formatDate(person.releaseDate) : 'No release date' },
    { key: 'MAPPA category', value: person.mappaCategory ? `Category ${person.mappaCategory}` : 'Not MAPPA' },
    { key: 'MAPPA level', value: person.mappaLevel ? `Level ${person.mappaLevel}` : 'Not MAPPA' },
    { key: 'IOM cohort', value: person.iomCohort ? IOM_COHORT_LABELS[person.iomCohort] : 'Not in an IOM cohort' },
    { key: 'Lead practitioner', value: person.leadPractitioner },
    { key: 'Lead agency', value: leadAgency?.name ?? (person.leadAgencyId ? '' : undefined) },
    { key: 'Cover contact', value: person.coverContact },
    { key: 'Communication needs', value: person.communicationNeeds },
    { key: 'Diversity needs', value: person.diversityNeeds },
    { key: 'Their own views', value: person.ownViews },
  ];
}

function PersonDetails({ person, directory }: { person: Person; directory: Directory | null }) {
  return (
    <>
      <span className="govuk-caption-l">{person.caseReference}</span>
      <h1 className="govuk-heading-l">{person.name}</h1>
      {person.releaseDate && (
        <p className="govuk-body-l" data-testid="release-countdown">
          <ReleaseCountdown releaseDate={person.releaseDate} />
        </p>
      )}
      <SummaryList rows={personRows(person, directory)} />
      <PersonViewers personId={person._id} directory={directory} />
    </>
  );
}

export function PersonPage() {
  const { personId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.person(personId, signal), [personId]);
  const person = useApiData(load);
  const directory = useDirectory();
  usePageTitle(person.status === 'loaded' ? person.data.name : person.status === 'failed' ? 'Person not available' : 'Person');

  return (
    <>
      <Link to="/people" className="govuk-back-link">
        Back to people
      </Link>
      {person.status === 'loading' && <Loading what="person" />}
      {person.status === 'failed' && <LoadFailed error={person.error} title="Person not available" />}
      {person.status === 'loaded' && <PersonDetails person={person.data} directory={directory.status === 'loaded' ? directory.data : null} />}
    </>
  );
}
