// /meetings/new?panelId=…&from=<closedMeetingId>: the chair plans a panel's next meeting.
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Agency, Meeting, Panel, PublicUser } from '../../../../shared/domain/records';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { useCurrentUser } from '../../session/SessionContext';
import type { Directory } from '../../session/useDirectory';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import { scheduleApi } from './scheduleApi';
import './schedule.css';

interface Loaded {
  panels: Panel[];
  users: PublicUser[];
  directory: Directory;
  previous: Meeting | null;
}

function directoryOf(agencies: Agency[], users: PublicUser[]): Directory {
  const agencyById = new Map(agencies.map((a) => [a._id, a]));
  const userById = new Map(users.map((u) => [u._id, u]));
  return { agency: (id) => (id ? agencyById.get(id) : undefined), user: (id) => (id ? userById.get(id) : undefined) };
}

function BackLink({ fromId }: { fromId: string }) {
  return (
    <Link to={fromId ? `/meetings/${encodeURIComponent(fromId)}` : '/'} className="govuk-back-link">
      {fromId ? 'Back to the meeting' : 'Back to meetings'}
    </Link>
  );
}

function Planner({ user, fromId, requestedPanelId }: { user: PublicUser; fromId: string; requestedPanelId: string }) {
  const load = useCallback(
    async (signal: AbortSignal): Promise<Loaded> => {
      const [panels, users, agencies, previous] = await Promise.all([
        scheduleApi.panels(signal),
        api.users(signal),
        api.agencies(signal),
        fromId ? api.meeting(fromId, signal) : Promise.resolve(null),
      ]);
      return { panels: panels.items, users: users.items, directory: directoryOf(agencies.items, users.items), previous };
    },
    [fromId],
  );
  const data = useApiData(load);
  usePageTitle('Schedule the next meeting');

  if (data.status === 'loading') return <Loading what="the meeting planner" />;
  if (data.status === 'failed') return <LoadFailed error={data.error} />;
  const { panels, users, directory, previous } = data.data;
  const wanted = requestedPanelId || previous?.panelId || '';
  const initialPanelId = panels.some((p) => p._id === wanted) ? wanted : (panels[0]?._id ?? '');
  return (
    <ScheduleMeetingForm
      key={`${fromId}/${initialPanelId}`}
      panels={panels}
      users={users}
      directory={directory}
      previous={previous}
      initialPanelId={initialPanelId}
      chairId={previous?.chairId ?? user._id}
    />
  );
}

function NotAllowed() {
  usePageTitle('You cannot schedule meetings');
  return (
    <>
      <h1 className="govuk-heading-l">You cannot schedule meetings</h1>
      <p className="govuk-body">Only a chair or an administrator can schedule a meeting.</p>
    </>
  );
}

export function ScheduleMeetingPage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const fromId = params.get('from') ?? '';
  return (
    <>
      <BackLink fromId={fromId} />
      {user.role === 'chair' || user.role === 'admin' ? <Planner user={user} fromId={fromId} requestedPanelId={params.get('panelId') ?? ''} /> : <NotAllowed />}
    </>
  );
}
