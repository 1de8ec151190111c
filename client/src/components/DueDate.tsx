import { formatDate } from '../format';

/** What moved a release-relative due date: "was 4 Dec 2026" (undefined: it never moved). */
function WasDate({ previousDueDate }: { previousDueDate?: string | null }) {
  if (previousDueDate === undefined) return null;
  return (
    <>
      <br />
      <span className="govuk-hint roundtable-hint-compact" data-testid="previous-due-date">
        was {previousDueDate ? formatDate(previousDueDate) : 'no date'} (release date changed)
      </span>
    </>
  );
}

/** A due date, with a red "Overdue" tag when the action is still open after it, and the date before a release change moved it. */
export function DueDate({ dueDate, overdue, previousDueDate }: { dueDate: string | null; overdue: boolean; previousDueDate?: string | null }) {
  if (!dueDate)
    return (
      <>
        <span className="roundtable-not-recorded">No due date</span>
        <WasDate previousDueDate={previousDueDate} />
      </>
    );
  return (
    <>
      {formatDate(dueDate)}
      <WasDate previousDueDate={previousDueDate} />
      {overdue && (
        <>
          <br />
          <strong className="govuk-tag govuk-tag--red roundtable-tag-compact">Overdue</strong>
        </>
      )}
    </>
  );
}
