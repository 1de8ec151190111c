// The red flags of the case under discussion, highest severity first, in a GOV.UK warning style.
import type { RedFlag } from '../../../../shared/logic/redFlags';

/** `confirmedAt`: while the link is down, when the server last confirmed the case (ms); the flags are as of then. */
export function RedFlagList({ flags, confirmedAt = null }: { flags: RedFlag[]; confirmedAt?: number | null }) {
  if (flags.length === 0) return null;
  const ordered = [...flags].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1));
  return (
    <div className="roundtable-red-flags" role="region" aria-labelledby="red-flags-title">
      <h3 className="govuk-heading-s" id="red-flags-title">
        {flags.length === 1 ? '1 red flag' : `${flags.length} red flags`}
      </h3>
      {confirmedAt !== null && (
        <p className="govuk-body-s roundtable-red-flags__stale" data-confirmed-at={new Date(confirmedAt).toISOString()}>
          <strong>Offline:</strong> as last confirmed at{' '}
          {new Date(confirmedAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/London' })}
        </p>
      )}
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
