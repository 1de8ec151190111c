// One tracked action in review in the room, as a GOV.UK summary card: status, agency, owner, due date, where it was agreed,
// its progress notes, the panel's decision; with the update and decision forms for those the server allows.
import { ActionStatusTag } from '../../components/ActionStatusTag';
import { formatDate, formatDateTime } from '../../format';
import { actionStatusLabel } from '../../../../shared/domain/actionStatus';
import { describeMove } from '../../../../shared/logic/releaseChange';
import { useRoom } from '../RoomContext';
import { DecideTrackedActionInReview } from './DecideTrackedActionInReview';
import { UpdateTrackedActionInReview } from './UpdateTrackedActionInReview';
import type { TrackedActionInReview } from '../../../../shared/api/trackedActions';

/** `nested`: under a case heading of the review item, so its title is one level lower. */
export function TrackedActionInReviewCard({ action, showCase, nested = false }: { action: TrackedActionInReview; showCase: boolean; nested?: boolean }) {
  const Title = nested ? 'h5' : 'h4';
  const { agencies, readOnly } = useRoom();
  const agency = agencies.find((a) => a._id === action.agencyId);
  const reason = action.awaitingDecision ? [...action.progressNotes].reverse().find((n) => n.text)?.text : undefined;
  return (
    <div className="govuk-summary-card" data-previous-action={action.id}>
      <div className="govuk-summary-card__title-wrapper">
        <Title className="govuk-summary-card__title">{action.text}</Title>
        <ActionStatusTag status={action.status} />
      </div>
      <div className="govuk-summary-card__content">
        {action.awaitingDecision && (
          <div className="govuk-inset-text govuk-!-margin-top-0">
            <strong>Could not be done.</strong> The panel needs to decide what follows.
            {reason && (
              <>
                {' '}
                Reason given: <span className="roundtable-preserve-lines">{reason}</span>
              </>
            )}
          </div>
        )}
        <dl className="govuk-summary-list">
          <Row label="Status" value={actionStatusLabel(action.status)} />
          {showCase && action.case && <Row label="Case" value={`${action.case.name} (${action.case.caseReference})`} />}
          <Row label="Agency" value={agency?.name ?? 'Another agency'} />
          <Row label="Owner" value={action.owner ?? 'Not named'} />
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Due</dt>
            <dd className="govuk-summary-list__value">
              {action.dueDate ? formatDate(action.dueDate) : 'No date'}
              {action.previousDueDate !== undefined && (
                <>
                  <br />
                  <span className="govuk-hint roundtable-hint-compact" data-testid="carried-due-moved">
                    Release date changed: {describeMove(action.previousDueDate, action.dueDate)}
                  </span>
                </>
              )}
              {action.overdue && (
                <>
                  {' '}
                  <strong className="govuk-tag govuk-tag--red">Overdue</strong>
                </>
              )}
            </dd>
          </div>
          <Row label="Agreed at" value={`${action.meetingTitle}, ${formatDate(action.meetingDate)}`} />
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Progress notes</dt>
            <dd className="govuk-summary-list__value">
              {action.progressNotes.length === 0 ? (
                'None yet'
              ) : (
                <ul className="govuk-list">
                  {[...action.progressNotes].reverse().map((note) => (
                    <li key={note.at + note.by}>
                      <span className="roundtable-preserve-lines">{note.text}</span>
                      <br />
                      <span className="govuk-hint govuk-!-margin-bottom-0">
                        {(note as { byName?: string }).byName ?? ''} {formatDateTime(note.at)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
          {action.panelDecision && (
            <Row
              label="Panel decision"
              value={`${action.panelDecision.outcome === 'close' ? 'Closed' : 'Re-opened'} by ${action.panelDecision.byName}: ${action.panelDecision.reason}`}
            />
          )}
        </dl>
        {!readOnly && action.canUpdate && <UpdateTrackedActionInReview action={action} />}
        {!readOnly && action.canDecide && <DecideTrackedActionInReview action={action} />}
      </div>
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
    </div>
  );
}
