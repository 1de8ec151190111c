import { useCallback } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { Person, PersonView } from '../../../../shared/domain/records';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../format';
import { ACCOMMODATION_TYPE_LABELS, CUSTODY_STATUS_LABELS, GENDER_LABELS, IOM_COHORT_LABELS } from '../../labels';
import { SuccessBanner } from '../../components/SuccessBanner';
import { personApi } from './personApi';
import { useDirectory, type Directory } from '../../session/useDirectory';
import { PersonViewers } from './PersonViewers';
import { ChronologySection } from './Chronology';
import { ReleaseConfirmationSection } from './ReleaseConfirmation';
import { ItinerarySection } from './Itinerary';
import { FirstDaysSection } from './FirstDays';
import { ReleaseCountdown } from './ReleaseCountdown';
import { ReleaseChangesSection } from './ReleaseChanges';
import { CustodyEpisodesSection } from './CustodyEpisodes';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { usePersonChoices, type PersonChoices } from './usePersonChoices';

const dateRow = (key: string, value: string | null | undefined): SummaryRow => ({ key, value: value ? formatDate(value) : undefined });

const names = (ids: string[] | undefined, known: { _id: string; name: string }[], loaded: boolean) =>
  ids?.length && !loaded ? 'Loading…' : (ids ?? []).map((id) => known.find((k) => k._id === id)?.name).filter((name): name is string => !!name).join('\n');

function personRows(person: Person, directory: Directory | null, choices: PersonChoices): SummaryRow[] {
  const leadAgency = directory?.agency(person.leadAgencyId);
  const mappa = !!person.mappaCategory;
  return [
    { key: 'Name', value: person.name },
    { key: 'Date of birth', value: formatDate(person.dateOfBirth) },
    { key: 'Gender', value: person.gender ? GENDER_LABELS[person.gender] : undefined },
    ...(person.ethnicity ? [{ key: 'Ethnicity', value: person.ethnicity }] : []),
    { key: 'Case reference', value: person.caseReference },
    { key: 'CRN', value: person.crn },
    { key: 'Prison number', value: person.prisonNumber },
    { key: 'PNC number', value: person.pncNumber },
    ...(mappa || person.visorReference ? [{ key: 'ViSOR reference', value: person.visorReference }] : []),
    { key: 'Custody status', value: CUSTODY_STATUS_LABELS[person.custodyStatus] ?? person.custodyStatus },
    { key: 'Prison', value: person.prison },
    { key: 'Release date', value: person.releaseDate ? formatDate(person.releaseDate) : 'No release date' },
    dateRow('Conditional release date', person.conditionalReleaseDate),
    dateRow('HDC eligibility date', person.hdcEligibilityDate),
    dateRow('Parole eligibility date', person.paroleEligibilityDate),
    dateRow('Sentence expiry date', person.sentenceExpiryDate),
    dateRow('Licence expiry date', person.licenceExpiryDate),
    { key: 'MAPPA category', value: person.mappaCategory ? `Category ${person.mappaCategory}` : 'Not MAPPA' },
    { key: 'MAPPA level', value: person.mappaLevel ? `Level ${person.mappaLevel}` : 'Not MAPPA' },
    { key: 'IOM cohort', value: person.iomCohort ? IOM_COHORT_LABELS[person.iomCohort] : 'Not in an IOM cohort' },
    { key: 'Accommodation type', value: person.accommodationType ? ACCOMMODATION_TYPE_LABELS[person.accommodationType] : undefined },
    { key: 'Release address', value: person.releaseAddress },
    { key: 'Lead agency', value: leadAgency?.name ?? (person.leadAgencyId ? '' : undefined) },
    { key: 'Case team', value: names(person.caseTeamAgencyIds, choices.agencies, choices.loaded) },
    { key: 'Panels', value: names(person.panelIds, choices.panels, choices.loaded) },
    { key: 'Lead practitioner (single point of contact)', value: person.leadPractitioner },
    { key: 'Cover contact', value: person.coverContact },
    { key: 'Communication needs', value: person.communicationNeeds },
    { key: 'Diversity needs', value: person.diversityNeeds },
    { key: 'Their own views', value: person.ownViews },
  ];
}

function PersonDetails({ person, directory, onChanged }: { person: PersonView; directory: Directory | null; onChanged(): void }) {
  const choices = usePersonChoices();
  return (
    <>
      <span className="govuk-caption-l">{person.caseReference}</span>
      <h1 className="govuk-heading-l">{person.name}</h1>
      {person.releaseDate && (
        <p className="govuk-body-l" data-testid="release-countdown">
          <ReleaseCountdown releaseDate={person.releaseDate} custodyStatus={person.custodyStatus} outcome={person.releaseOutcome} />
        </p>
      )}
      {person.canEdit && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/people/${person._id}/change`}>
            Change<span className="govuk-visually-hidden"> {person.name}&apos;s record</span>
          </Link>
        </p>
      )}
      <SummaryList rows={personRows(person, directory, choices)} />
      <ReleaseChangesSection person={person} onChanged={onChanged} />
      <CustodyEpisodesSection key={`episodes:${person.updatedAt ?? ''}`} personId={person._id} />
      <ReleaseConfirmationSection personId={person._id} releaseDate={person.releaseDate} onChanged={onChanged} />
      <FirstDaysSection personId={person._id} releaseDate={person.releaseDate} canSee={person.canSeeFirstDays} />
      {person.canSeeItinerary && <ItinerarySection personId={person._id} />}
      <ChronologySection key={`chronology:${person.updatedAt ?? ''}`} personId={person._id} />
      <PersonViewers personId={person._id} directory={directory} />
    </>
  );
}

export function PersonPage() {
  const { personId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => personApi.view(personId, signal), [personId]);
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const person = useApiData(load);
  const directory = useDirectory();
  usePageTitle(person.status === 'loaded' ? person.data.name : person.status === 'failed' ? 'Person not available' : 'Person');

  return (
    <>
      <Link to="/people" className="govuk-back-link">
        Back to people
      </Link>
      {saved && person.status === 'loaded' && <SuccessBanner title={saved}>The record of {person.data.name} is up to date.</SuccessBanner>}
      {person.status === 'loading' && <Loading what="person" />}
      {person.status === 'failed' && <LoadFailed error={person.error} title="Person not available" />}
      {person.status === 'loaded' && <PersonDetails person={person.data} directory={directory.status === 'loaded' ? directory.data : null} onChanged={person.reload} />}
    </>
  );
}
