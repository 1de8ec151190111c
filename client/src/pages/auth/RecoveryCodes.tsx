// The 10 recovery codes, shown once right after enrolment.
export function RecoveryCodes({ codes, onContinue, continueLabel }: { codes: string[]; onContinue(): void; continueLabel: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">Save your recovery codes</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          These codes are shown only once. Keep them somewhere safe: each one signs you in once if you lose your phone.
        </strong>
      </div>
      <ul className="govuk-list" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="rt-recovery-code">{code}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="govuk-button" data-module="govuk-button" onClick={onContinue}>
        {continueLabel}
      </button>
    </>
  );
}
