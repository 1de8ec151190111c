// Shown once the meeting is closed: nobody can change its record any more.
export function ClosedBanner() {
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="closed-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="closed-banner-title">
          Closed
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">This meeting is closed: the record is read-only</p>
      </div>
    </div>
  );
}
