// What the chair checks before closing: actions without an owner or due date, open red flags.
import { Fragment } from 'react';
import type { Directory } from '../session/useDirectory';
import type { CloseReview } from './roomApi';

const GAP_LISTS = [
  { key: 'withoutOwner', heading: 'Actions without a named owner' },
  { key: 'withoutDueDate', heading: 'Actions without a due date' },
] as const;

interface Props {
  review: CloseReview;
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
}

export function CloseReviewSummary({ review, directory, caseTitle }: Props) {
  const agencyName = (id: string) => directory?.agency(id)?.shortName ?? directory?.agency(id)?.name ?? '';
  const gaps = review.withoutOwner.length + review.withoutDueDate.length + review.redFlags.length;
  return (
    <>
      <p className="govuk-body">
        {review.actionCount === 1 ? '1 action' : `${review.actionCount} actions`} will go to the agencies that own them.
        {gaps === 0 && ' Nothing else needs checking.'}
      </p>
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
