// What the chair checks before closing: actions without an owner or due date, open red flags.
import type { Directory } from '../session/useDirectory';
import type { CloseReview } from './roomApi';

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
      {review.withoutOwner.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Actions without a named owner</h3>
          <ul className="govuk-list govuk-list--bullet">
            {review.withoutOwner.map((a) => (
              <li key={a.id}>
                {a.text} ({agencyName(a.agencyId)})
              </li>
            ))}
          </ul>
        </>
      )}
      {review.withoutDueDate.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Actions without a due date</h3>
          <ul className="govuk-list govuk-list--bullet">
            {review.withoutDueDate.map((a) => (
              <li key={a.id}>
                {a.text} ({agencyName(a.agencyId)})
              </li>
            ))}
          </ul>
        </>
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
