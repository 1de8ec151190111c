// "Schedule the next meeting": a button-styled link for chairs and administrators, hidden for everyone else.
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../session/SessionContext';

export function ScheduleNextMeetingLink({ panelId, fromMeetingId, secondary = false }: { panelId?: string; fromMeetingId?: string; secondary?: boolean }) {
  const user = useCurrentUser();
  if (user.role !== 'chair' && user.role !== 'admin') return null;
  const search = new URLSearchParams();
  if (panelId) search.set('panelId', panelId);
  if (fromMeetingId) search.set('from', fromMeetingId);
  const query = search.toString();
  return (
    <Link to={`/meetings/new${query ? `?${query}` : ''}`} role="button" draggable={false} className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`} data-module="govuk-button">
      Schedule the next meeting
    </Link>
  );
}
