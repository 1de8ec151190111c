import type { MeetingStatus } from '../../../shared/domain/schemas';
import { MEETING_STATUS_LABELS } from '../labels';

const TAG_COLOURS: Record<MeetingStatus, string> = { scheduled: 'govuk-tag--blue', live: 'govuk-tag--green', closed: 'govuk-tag--grey' };

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  return <strong className={`govuk-tag ${TAG_COLOURS[status]}`}>{MEETING_STATUS_LABELS[status]}</strong>;
}
