import type { HTMLInputAutoCompleteAttribute } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  type?: 'text' | 'password' | 'search';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  spellCheck?: boolean;
  className?: string;
}

/** A GOV.UK text input with its label, optional hint and error message wired up for screen readers. */
export function TextField({ id, label, value, onChange, error, hint, type = 'text', autoComplete, spellCheck, className = '' }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input${error ? ' govuk-input--error' : ''} ${className}`.trim()}
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy}
      />
    </div>
  );
}
