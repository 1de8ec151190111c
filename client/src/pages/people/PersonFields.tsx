// GOV.UK inputs for the person form: label, hint, inline error wired with aria-describedby and aria-invalid.
import type { ReactNode } from 'react';
import { RECALL_TYPES, RECALL_TYPE_LABELS } from '../../../../shared/domain/custodyEpisodes';
import type { DateParts } from './personForm';

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function Hint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <div id={`${id}-hint`} className="govuk-hint">
      {hint}
    </div>
  ) : null;
}

function ErrorMessage({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  ) : null;
}

function Group({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>{children}</div>;
}

/** A form group whose one control is labelled, with its hint and inline error above it. */
function LabelledGroup({ id, label, hint, error, children }: Common & { children: ReactNode }) {
  return (
    <Group error={error}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </Group>
  );
}

export function TextInput({ id, label, hint, error, value, onChange, width }: Common & { value: string; onChange(v: string): void; width?: 10 | 20 | 30 }) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </LabelledGroup>
  );
}

export function TextArea({ id, label, hint, error, value, onChange }: Common & { value: string; onChange(v: string): void }) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </LabelledGroup>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function Select({ id, label, hint, error, value, onChange, choices, empty }: Common & { value: string; onChange(v: string): void; choices: Choice[]; empty: string }) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        <option value="">{empty}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </LabelledGroup>
  );
}

interface ChoiceGroupProps extends Common {
  kind: 'radio' | 'checkbox';
  choices: Choice[];
  isChecked(value: string): boolean;
  onToggle(value: string, checked: boolean): void;
}

/** A fieldset of radios or checkboxes; the first input carries the field's id so the error summary can link to it. */
function ChoiceGroup({ id, label, hint, error, kind, choices, isChecked, onToggle }: ChoiceGroupProps) {
  const css = kind === 'radio' ? 'govuk-radios' : 'govuk-checkboxes';
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className={`${css} ${css}--small`}>
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${choice.value}`;
            return (
              <div className={`${css}__item`} key={choice.value}>
                <input
                  className={`${css}__input`}
                  id={inputId}
                  name={id}
                  type={kind}
                  value={choice.value}
                  checked={isChecked(choice.value)}
                  onChange={(event) => onToggle(choice.value, event.target.checked)}
                  aria-invalid={error ? true : undefined}
                />
                <label className={`govuk-label ${css}__label`} htmlFor={inputId}>
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </Group>
  );
}

export function Radios({ value, onChange, ...rest }: Common & { value: string; onChange(v: string): void; choices: Choice[] }) {
  return <ChoiceGroup {...rest} kind="radio" isChecked={(choice) => value === choice} onToggle={(choice) => onChange(choice)} />;
}

/** Checkboxes for a list of ids. */
export function Checkboxes({ values, onChange, ...rest }: Common & { values: string[]; onChange(v: string[]): void; choices: Choice[] }) {
  return (
    <ChoiceGroup
      {...rest}
      kind="checkbox"
      isChecked={(choice) => values.includes(choice)}
      onToggle={(choice, on) => onChange(on ? [...values, choice] : values.filter((v) => v !== choice))}
    />
  );
}

const PARTS = [
  { name: 'day', label: 'Day', width: 2 },
  { name: 'month', label: 'Month', width: 2 },
  { name: 'year', label: 'Year', width: 4 },
] as const;

/** The GOV.UK date input: a fieldset with day, month and year boxes ("{id}-day" etc.). */
export function DateInput({ id, label, hint = 'For example, 27 3 2027', error, value, onChange }: Common & { value: DateParts; onChange(v: DateParts): void }) {
  return (
    <Group error={error}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part.name}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.name}`}>
                  {part.label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${error ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part.name}`}
                  name={`${id}-${part.name}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part.name]}
                  onChange={(event) => onChange({ ...value, [part.name]: event.target.value })}
                  aria-invalid={error ? true : undefined}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </Group>
  );
}

/** The type of a recall (fixed-term or standard), asked once "recalled" or "Recall" is chosen. */
export function RecallTypeRadios({ id, hint, error, value, onChange }: { id: string; hint: string; error?: string; value: string; onChange(v: string): void }) {
  return (
    <div className="govuk-inset-text">
      <Radios id={id} label="Type of recall" hint={hint} error={error} value={value} onChange={onChange} choices={RECALL_TYPES.map((type) => ({ value: type, label: RECALL_TYPE_LABELS[type] }))} />
    </div>
  );
}

/** A field the user may see but not change: its label and value as text. */
export function ReadOnlyField({ label, value }: { label: string; value: string }) {
  return (
    <div className="govuk-form-group">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>{label}</strong>
      </p>
      <p className="govuk-body" data-testid="read-only-field">
        {value || 'Not recorded'}
      </p>
    </div>
  );
}
