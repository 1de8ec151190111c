import { formatDate } from '../format';

/** A due date, with a red "Overdue" tag when the action is still open after it. */
export function DueDate({ dueDate, overdue }: { dueDate: string | null; overdue: boolean }) {
  if (!dueDate) return <span className="roundtable-not-recorded">No due date</span>;
  return (
    <>
      {formatDate(dueDate)}
      {overdue && (
        <>
          <br />
          <strong className="govuk-tag govuk-tag--red roundtable-tag-compact">Overdue</strong>
        </>
      )}
    </>
  );
}
