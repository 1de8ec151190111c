// The red flags of the case under discussion, highest severity first, in a GOV.UK warning style.
import type { RedFlag } from '../../../shared/logic/redFlags';

export function RedFlagList({ flags }: { flags: RedFlag[] }) {
  if (flags.length === 0) return null;
  const ordered = [...flags].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  return (
    <div className="roundtable-red-flags" role="region" aria-labelledby="red-flags-title">
      <h3 className="govuk-heading-s" id="red-flags-title">
        {flags.length === 1 ? '1 red flag' : `${flags.length} red flags`}
      </h3>
      <ul className="govuk-list">
        {ordered.map((flag) => (
          <li key={`${flag.code}-${flag.pathway ?? flag.actionId ?? ''}`} className="roundtable-red-flags__item" data-flag={flag.code}>
            <strong className={`govuk-tag ${flag.severity === 'high' ? 'govuk-tag--red' : 'govuk-tag--orange'}`}>{flag.severity === 'high' ? 'High' : 'Medium'}</strong> {flag.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
