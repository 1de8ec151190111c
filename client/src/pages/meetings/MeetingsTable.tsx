import { Link } from 'react-router-dom';
import type { Meeting } from '../../../../shared/domain/records';
import { MeetingStatusTag } from '../../components/MeetingStatusTag';
import { formatDateTime } from '../../format';
import { MEETING_TYPE_LABELS } from '../../labels';

export function MeetingsTable({ meetings }: { meetings: Meeting[] }) {
  if (!meetings.length) return <p className="govuk-body">There are no meetings to show.</p>;
  return (
    <table className="govuk-table" data-testid="meetings-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{meetings.length === 1 ? '1 meeting' : `${meetings.length} meetings`}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Meeting
          </th>
          <th scope="col" className="govuk-table__header">
            Date
          </th>
          <th scope="col" className="govuk-table__header">
            Type
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {meetings.map((meeting) => (
          <tr className="govuk-table__row" key={meeting._id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/meetings/${meeting._id}`}>
                {meeting.title}
              </Link>
            </td>
            <td className="govuk-table__cell">{formatDateTime(meeting.startsAt)}</td>
            <td className="govuk-table__cell">{MEETING_TYPE_LABELS[meeting.type]}</td>
            <td className="govuk-table__cell">
              <MeetingStatusTag status={meeting.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
