import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Meeting } from '../../../../shared/domain/records';
import { api } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { MeetingStatusTag } from '../../components/MeetingStatusTag';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format';
import { MEETING_TYPE_LABELS } from '../../labels';
import { useDirectory, type Directory } from '../../session/useDirectory';
import { AgendaTable } from './AgendaTable';
import { AttendeesTable } from './AttendeesTable';
import { ScheduleNextMeetingLink } from '../schedule/ScheduleNextMeetingLink';
import { ClosedMeetingLinks } from './ClosedMeetingLinks';

function MeetingDetails({ meeting, directory }: { meeting: Meeting; directory: Directory | null }) {
  const chair = directory?.user(meeting.chairId);
  return (
    <>
      <span className="govuk-caption-l">{MEETING_TYPE_LABELS[meeting.type]}</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Status</dt>
          <dd className="govuk-summary-list__value">
            <MeetingStatusTag status={meeting.status} />
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Date</dt>
          <dd className="govuk-summary-list__value">{formatDateTime(meeting.startsAt)}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Chair</dt>
          <dd className="govuk-summary-list__value">{chair?.displayName ?? ''}</dd>
        </div>
        {meeting.closedAt && (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Closed</dt>
            <dd className="govuk-summary-list__value">{formatDateTime(meeting.closedAt)}</dd>
          </div>
        )}
      </dl>
      {meeting.status === 'closed' && <ClosedMeetingLinks meeting={meeting} directory={directory} />}
      {meeting.status === 'closed' && <ScheduleNextMeetingLink panelId={meeting.panelId} fromMeetingId={meeting._id} />}
      {meeting.status !== 'closed' && (
        <Link to={`/meetings/${meeting._id}/room`} role="button" draggable={false} className="govuk-button govuk-button--start" data-module="govuk-button">
          Join the meeting room
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
      )}
      <h2 className="govuk-heading-m">Agenda</h2>
      <AgendaTable agenda={meeting.agenda} directory={directory} />
      <h2 className="govuk-heading-m">Attendees</h2>
      <AttendeesTable attendeeIds={meeting.attendeeIds} chairId={meeting.chairId} directory={directory} />
    </>
  );
}

export function MeetingOverviewPage() {
  const { meetingId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => api.meeting(meetingId, signal), [meetingId]);
  const meeting = useApiData(load);
  const directory = useDirectory();
  usePageTitle(meeting.status === 'loaded' ? meeting.data.title : meeting.status === 'failed' ? 'Meeting not available' : 'Meeting');

  return (
    <>
      <Link to="/" className="govuk-back-link">
        Back to meetings
      </Link>
      {meeting.status === 'loading' && <Loading what="meeting" />}
      {meeting.status === 'failed' && <LoadFailed error={meeting.error} title="Meeting not available" />}
      {meeting.status === 'loaded' && <MeetingDetails meeting={meeting.data} directory={directory.status === 'loaded' ? directory.data : null} />}
    </>
  );
}
