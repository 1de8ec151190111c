// The live meeting room (route /meetings/:meetingId/room): loads the meeting, then the room.
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api';
import { LoadFailed } from '../components/LoadFailed';
import { Loading } from '../components/Loading';
import { useApiData } from '../components/useApiData';
import { usePageTitle } from '../components/usePageTitle';
import { useCurrentUser } from '../session/SessionContext';
import { useDirectory } from '../session/useDirectory';
import { RoomView } from './shell/RoomView';
import './shell/room.css';

export default function MeetingRoom() {
  const { meetingId = '' } = useParams();
  const user = useCurrentUser();
  const load = useCallback((signal: AbortSignal) => api.meeting(meetingId, signal), [meetingId]);
  const meeting = useApiData(load);
  const directory = useDirectory();
  usePageTitle(meeting.status === 'loaded' ? `Room: ${meeting.data.title}` : 'Meeting room');

  if (meeting.status === 'loading') return <Loading what="meeting room" />;
  if (meeting.status === 'failed')
    return (
      <>
        <LoadFailed error={meeting.error} title="Meeting not available" />
        <Link className="govuk-link" to="/">
          Back to meetings
        </Link>
      </>
    );
  return <RoomView meeting={meeting.data} user={user} directory={directory.status === 'loaded' ? directory.data : null} />;
}
