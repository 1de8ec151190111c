// What the chair checks before closing: actions without an owner or due date, open red flags.
import { Fragment } from 'react';
import { useRoom } from '../RoomContext';
import type { CloseReview, UnsentHolder } from '../../../../shared/api/close';

const GAP_LISTS = [
  { key: 'withoutOwner', heading: 'Actions without a named owner' },
  { key: 'withoutDueDate', heading: 'Actions without a due date' },
] as const;

interface Props {
  review: CloseReview;
}

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** Who may still hold unsent changes, so the chair can wait for them or close knowing. */
function UnsentChanges({ holders, agencyName }: { holders: UnsentHolder[]; agencyName(id: string): string }) {
  if (holders.length === 0) return null;
  return (
    <div className="roundtable-close__unsent" data-unsent-count={holders.length}>
      <h3 className="govuk-heading-s">Changes that have not reached the meeting</h3>
      <ul className="govuk-list govuk-list--bullet">
        {holders.map((holder) => (
          <li key={holder.userId} data-unsent-user={holder.userId}>
            <strong>
              {holder.displayName}
              {agencyName(holder.agencyId) ? ` (${agencyName(holder.agencyId)})` : ''}
            </strong>
            {holder.reason === 'unsent'
              ? `: has changes that are still being sent (since ${timeOf(holder.since)})`
              : `: lost the connection at ${timeOf(holder.since)} and may hold unsent changes`}
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        You can wait for them: this review is checked again every few seconds. If you close now, anything they have not sent
        is kept on their device and they can send it to you as a late addition, which you can accept into the record.
      </p>
    </div>
  );
}

export function CloseReviewSummary({ review }: Props) {
  const { directory, caseTitle } = useRoom();
  const agencyName = (id: string) => directory?.agency(id)?.shortName ?? directory?.agency(id)?.name ?? '';
  const unsent = review.unsent;
  const gaps = review.withoutOwner.length + review.withoutDueDate.length + review.redFlags.length + unsent.length;
  return (
    <>
      <p className="govuk-body">
        {review.actionCount === 1 ? '1 action' : `${review.actionCount} actions`} will go to the agencies that own them.
        {gaps === 0 && ' Nothing else needs checking.'}
      </p>
      <UnsentChanges holders={unsent} agencyName={agencyName} />
      {GAP_LISTS.map(({ key, heading }) =>
        review[key].length > 0 ? (
          <Fragment key={key}>
            <h3 className="govuk-heading-s">{heading}</h3>
            <ul className="govuk-list govuk-list--bullet">
              {review[key].map((a) => (
                <li key={a.id}>
                  {a.text} ({agencyName(a.agencyId)})
                </li>
              ))}
            </ul>
          </Fragment>
        ) : null,
      )}
      {review.redFlags.map(({ personId, flags }) => (
        <div key={personId}>
          <h3 className="govuk-heading-s">Red flags: {caseTitle(personId)}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {flags.map((flag) => (
              <li key={`${flag.code}-${flag.pathway ?? flag.actionId ?? ''}`}>{flag.message}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
