import type { ReactNode } from 'react';

/** The GOV.UK success notification banner, announced to screen readers when it appears. */
export function SuccessBanner({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-banner-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <h3 className="govuk-notification-banner__heading">{title}</h3>
        <p className="govuk-body">{children}</p>
      </div>
    </div>
  );
}
