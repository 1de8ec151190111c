import { useEffect, useRef, type MouseEvent } from 'react';

export interface FieldError {
  /** id of the input the message is about; the summary links to it. */
  field: string;
  message: string;
}

/** The GOV.UK error summary: takes focus when it appears, each message links to its field. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;

  function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
    event.preventDefault();
    const input = document.getElementById(field);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.field + error.message}>
                <a href={`#${error.field}`} onClick={(event) => focusField(event, error.field)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
