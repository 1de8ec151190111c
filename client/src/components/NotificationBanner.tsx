// The GOV.UK notification banner with a heading line and, below it, what it means. `alert` announces it as it appears
// (a change the user did not make); otherwise it is a labelled region. Extra data-* attributes mark it for tests.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  heading: string;
  children?: ReactNode;
  important?: boolean;
  alert?: boolean;
  [dataAttribute: `data-${string}`]: string | boolean | undefined;
}

export function NotificationBanner({ title, heading, children, important = false, alert = false, ...data }: Props) {
  const titleId = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-banner-title`;
  return (
    <div
      className={`govuk-notification-banner${important ? ' govuk-notification-banner--important' : ''}`}
      role={alert ? 'alert' : 'region'}
      aria-labelledby={titleId}
      {...data}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children && <p className="govuk-body">{children}</p>}
      </div>
    </div>
  );
}
