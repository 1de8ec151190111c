import type { ActionStatus } from '../../../shared/domain/schemas';
import { actionStatusLabel } from '../../../shared/domain/actionStatus';

const TAG_COLOURS: Record<ActionStatus, string> = {
  open: 'govuk-tag--blue',
  'in-progress': 'govuk-tag--light-blue',
  done: 'govuk-tag--green',
  blocked: 'govuk-tag--orange',
  'not-done': 'govuk-tag--red',
  'could-not-be-done': 'govuk-tag--grey',
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return <strong className={`govuk-tag ${TAG_COLOURS[status] ?? 'govuk-tag--grey'}`}>{actionStatusLabel(status)}</strong>;
}
