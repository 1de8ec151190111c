// Shown while the chair has paused the meeting: what pause means. Everyone but the chair sees the room read-only until
// it resumes (the server drops their edits meanwhile too); the chair keeps editing, e.g. to tidy the record.
import { NotificationBanner } from '../../components/NotificationBanner';
import { useRoom } from '../RoomContext';

export function PausedBanner() {
  const { isChair } = useRoom();
  return (
    <NotificationBanner title="Paused" heading="The chair has paused the meeting: editing is paused" data-paused-banner>
      {isChair
        ? 'Nobody else can change the record until you resume the meeting.'
        : 'You can read everything, but nobody except the chair can change the record until the chair resumes the meeting.'}
    </NotificationBanner>
  );
}
