import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { MEETING_STATUSES, type MeetingStatus } from '../../../../shared/domain/schemas';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { ScheduleNextMeetingLink } from '../schedule/ScheduleNextMeetingLink';
import { MeetingsTable } from './MeetingsTable';
import { MeetingStatusFilter } from './MeetingStatusFilter';

function parseStatus(value: string | null): MeetingStatus | undefined {
  return MEETING_STATUSES.find((status) => status === value);
}

/** The meetings the signed-in user chairs or is invited to. */
export function MeetingsPage() {
  usePageTitle('Meetings');
  const [params, setParams] = useSearchParams();
  const status = parseStatus(params.get('status'));
  const load = useCallback((signal: AbortSignal) => api.meetings({ status, limit: 200 }, signal), [status]);
  const meetings = useApiData(load);

  return (
    <>
      <h1 className="govuk-heading-l">Meetings</h1>
      <p className="govuk-body">Meetings you chair or are invited to.</p>
      <ScheduleNextMeetingLink secondary />
      <MeetingStatusFilter key={status ?? 'all'} status={status} onChange={(next) => setParams(next ? { status: next } : {})} />
      {meetings.status === 'loading' && <Loading what="meetings" />}
      {meetings.status === 'failed' && <LoadFailed error={meetings.error} />}
      {meetings.status === 'loaded' && <MeetingsTable meetings={meetings.data.items} />}
    </>
  );
}
