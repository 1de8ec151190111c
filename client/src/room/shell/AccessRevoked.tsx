// In place of the room once the server has taken this user off the meeting (Socket.IO access:revoked): nothing of the
// meeting stays on screen, and the user is told why.
import { Link } from 'react-router-dom';
import { NotificationBanner } from '../../components/NotificationBanner';

export function AccessRevoked() {
  return (
    <NotificationBanner title="Important" heading="Your access to this meeting has been removed" important alert data-testid="access-revoked">
      The chair or an administrator has taken you off this meeting, so it is no longer shown here.{' '}
      <Link className="govuk-link" to="/">
        Go to your meetings
      </Link>
    </NotificationBanner>
  );
}
