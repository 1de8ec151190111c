import type { CaseContext } from '../../../shared/domain/actions';

/** The case an action is about, as far as the agency may see it: name and case reference. */
export function CaseLabel({ context }: { context: CaseContext | null }) {
  if (!context) return <span className="roundtable-not-recorded">No case</span>;
  return (
    <>
      {context.name}
      <br />
      <span className="govuk-body-s roundtable-secondary">{context.caseReference}</span>
    </>
  );
}
