import { Link } from 'react-router-dom';
import type { Meeting } from '../../../../shared/domain/records';
import { useCurrentUser } from '../../session/SessionContext';
import type { Directory } from '../../session/useDirectory';
import { EmailStates } from './EmailStates';

/** What a closed meeting leaves behind: minutes, the agency lists and (for the chair) their e-mails. */
export function ClosedMeetingLinks({ meeting, directory }: { meeting: Meeting; directory: Directory | null }) {
  const user = useCurrentUser();
  const isChair = meeting.chairId === user._id || user.role === 'admin';
  const ownAgency = directory?.agency(user.agencyId);
  return (
    <>
      <div className="govuk-inset-text">This meeting is closed. Its record is read-only.</div>
      <h2 className="govuk-heading-m">After the meeting</h2>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={`/meetings/${meeting._id}/minutes`}>
            Minutes
          </Link>
        </li>
        {user.role !== 'guest' && (
          <li>
            <Link className="govuk-link" to={`/meetings/${meeting._id}/agencies/${user.agencyId}`}>
              Actions for {ownAgency?.name ?? 'your agency'}
            </Link>
          </li>
        )}
      </ul>
      {isChair && <EmailStates meetingId={meeting._id} directory={directory} />}
    </>
  );
}
