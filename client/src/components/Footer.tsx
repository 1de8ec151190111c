export function Footer() {
  return (
    <footer className="govuk-footer" role="contentinfo">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <p className="govuk-body-s">
              Roundtable holds OFFICIAL-SENSITIVE information. Every view, edit and export is recorded.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
