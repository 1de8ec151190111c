import { Link } from 'react-router-dom';
import type { Meeting } from '../../../../shared/domain/records';
import { Cell, GovukTable, Row } from '../../components/GovukTable';
import { MeetingStatusTag } from '../../components/MeetingStatusTag';
import { formatDateTime } from '../../format';
import { MEETING_TYPE_LABELS } from '../../labels';

export function MeetingsTable({ meetings }: { meetings: Meeting[] }) {
  if (!meetings.length) return <p className="govuk-body">There are no meetings to show.</p>;
  return (
    <GovukTable
      caption={meetings.length === 1 ? '1 meeting' : `${meetings.length} meetings`}
      captionStyle="medium"
      columns={['Meeting', 'Date', 'Type', 'Status']}
      testId="meetings-table"
    >
      {meetings.map((meeting) => (
        <Row key={meeting._id}>
          <Cell>
            <Link className="govuk-link" to={`/meetings/${meeting._id}`}>
              {meeting.title}
            </Link>
          </Cell>
          <Cell>{formatDateTime(meeting.startsAt)}</Cell>
          <Cell>{MEETING_TYPE_LABELS[meeting.type]}</Cell>
          <Cell>
            <MeetingStatusTag status={meeting.status} />
          </Cell>
        </Row>
      ))}
    </GovukTable>
  );
}
