import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { agencyListUrl, api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format';
import { AgencyListTable } from './AgencyListTable';
import { DecisionsList } from './DecisionsList';
import type { AgencyList } from '../../../../shared/domain/closedRecord';

function AgencyList({ list, meetingId, agencyId }: { list: AgencyList; meetingId: string; agencyId: string }) {
  return (
    <>
      <span className="govuk-caption-l">{list.meeting.title}</span>
      <h1 className="govuk-heading-l">Actions for {list.agency.name}</h1>
      <p className="govuk-body">
        Meeting held {formatDateTime(list.meeting.heldOn)}, chaired by {list.meeting.chairName}. Closed {formatDateTime(list.meeting.closedAt)}.
      </p>
      <ul className="govuk-list roundtable-downloads">
        <li>
          <a className="govuk-link" href={agencyListUrl(meetingId, agencyId, 'pdf')} download>
            Download as PDF<span className="govuk-visually-hidden"> for {list.agency.name}</span>
          </a>
        </li>
        <li>
          <a className="govuk-link" href={agencyListUrl(meetingId, agencyId, 'csv')} download>
            Download as CSV (spreadsheet)<span className="govuk-visually-hidden"> for {list.agency.name}</span>
          </a>
        </li>
      </ul>
      <h2 className="govuk-heading-m">Actions from this meeting</h2>
      <AgencyListTable actions={list.actions} empty="No actions for this agency from this meeting." caption="Actions from this meeting" />
      <h2 className="govuk-heading-m">Still open from earlier meetings</h2>
      <AgencyListTable actions={list.carriedOver} empty="Nothing carried over." caption="Actions carried over" />
      <h2 className="govuk-heading-m">Decisions that bind {list.agency.shortName ?? list.agency.name}</h2>
      <DecisionsList decisions={list.decisions} />
      <h2 className="govuk-heading-m">Present</h2>
      <ul className="govuk-list govuk-list--bullet">
        {list.attendees.map((a) => (
          <li key={a.displayName}>
            {a.displayName}, {a.agencyName}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One agency's action list of a closed meeting, with its PDF and CSV downloads. */
export function AgencyListPage() {
  const { meetingId = '', agencyId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.agencyList(meetingId, agencyId, signal), [meetingId, agencyId]);
  const list = useApiData(load);
  usePageTitle(list.status === 'loaded' ? `Actions for ${list.data.agency.name}` : list.status === 'failed' ? 'Action list not available' : 'Agency actions');

  return (
    <>
      <Link to={`/meetings/${meetingId}`} className="govuk-back-link">
        Back to the meeting
      </Link>
      {list.status === 'loading' && <Loading what="action list" />}
      {list.status === 'failed' && <LoadFailed error={list.error} title="Action list not available" />}
      {list.status === 'loaded' && <AgencyList list={list.data} meetingId={meetingId} agencyId={agencyId} />}
    </>
  );
}
