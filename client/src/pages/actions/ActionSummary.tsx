import { Link } from 'react-router-dom';
import { ActionStatusTag } from '../../components/ActionStatusTag';
import { DueDate } from '../../components/DueDate';
import { formatDate } from '../../format';
import type { TrackedActionView } from '../../../../shared/api/trackedActions';

export function ActionSummary({ action }: { action: TrackedActionView }) {
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Action</dt>
        <dd className="govuk-summary-list__value roundtable-preserve-lines">{action.text}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Case</dt>
        <dd className="govuk-summary-list__value">{action.case ? `${action.case.name} (${action.case.caseReference})` : 'No case'}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Owner</dt>
        <dd className="govuk-summary-list__value">{action.owner ?? 'No named owner'}</dd>
      </div>
      {action.pathwayLabel && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Pathway</dt>
          <dd className="govuk-summary-list__value">{action.pathwayLabel}</dd>
        </div>
      )}
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Due</dt>
        <dd className="govuk-summary-list__value">
          <DueDate dueDate={action.dueDate} overdue={action.overdue} previousDueDate={action.previousDueDate} />
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Status</dt>
        <dd className="govuk-summary-list__value">
          <ActionStatusTag status={action.status} />
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Agreed at</dt>
        <dd className="govuk-summary-list__value">
          <Link className="govuk-link" to={`/meetings/${action.meetingId}`}>
            {action.meetingTitle}
          </Link>
          , {formatDate(action.meetingDate)}
        </dd>
      </div>
    </dl>
  );
}
