// The GOV.UK date input pattern: one fieldset, a small numeric box per part. Used for the date and the time.

export interface Part<K extends string> {
  name: K;
  label: string;
  /** GOV.UK width class suffix: 2 characters for day, month, hour, minute; 4 for a year. */
  width: 2 | 4;
}

interface Props<K extends string> {
  id: string;
  legend: string;
  hint: string;
  parts: Part<K>[];
  values: Record<K, string>;
  onChange(values: Record<K, string>): void;
  error?: string;
  /** The parts the error is about; highlighted. All of them when the error is about the whole value. */
  errorParts?: K[];
}

export function PartsInput<K extends string>({ id, legend, hint, parts, values, onChange, error, errorParts }: Props<K>) {
  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input" id={id}>
          {parts.map((part) => {
            const inError = !!error && (!errorParts || errorParts.includes(part.name));
            return (
              <div className="govuk-date-input__item" key={part.name}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.name}`}>
                    {part.label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${inError ? ' govuk-input--error' : ''}`}
                    id={`${id}-${part.name}`}
                    name={`${id}-${part.name}`}
                    type="text"
                    inputMode="numeric"
                    value={values[part.name]}
                    onChange={(event) => onChange({ ...values, [part.name]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
