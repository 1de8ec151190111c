// When an action is due: not set, on a date (the GOV.UK date input: day, month, year), or a number of days before or
// after release. Every field has its own id and one label; errors and the past-date warning are tied to the fields
// with aria-describedby and aria-invalid.
import type { FieldError } from '../../components/ErrorSummary';
import { todayIso } from '../../format';
import { fieldIds, pastDueDate, type DueDraft, type DueKind } from './actionForm';

interface Props {
  /** The form's id prefix: two forms on one page never share an id. */
  prefix: string;
  value: DueDraft;
  onChange(value: DueDraft): void;
  /** Relative dates need a person with a release date. */
  allowRelative: boolean;
  errors: FieldError[];
}

export function DueDateFields({ prefix, value, onChange, allowRelative, errors }: Props) {
  const ids = fieldIds(prefix);
  const set = (patch: Partial<DueDraft>) => onChange({ ...value, ...patch });
  const errorOf = (...fields: string[]) => errors.find((error) => fields.includes(error.field));
  const kindError = errorOf(ids.dueNone);
  const dateError = errorOf(ids.dueDay, ids.dueMonth, ids.dueYear);
  const daysError = errorOf(ids.dueDays);
  const past = pastDueDate(value, todayIso());
  const radioId = (kind: DueKind) => (kind === 'none' ? ids.dueNone : kind === 'date' ? `${prefix}-due-on-date` : `${prefix}-due-relative`);
  const radio = (kind: DueKind, label: string) => (
    <div className="govuk-radios__item">
      <input className="govuk-radios__input" id={radioId(kind)} name={`${prefix}-due`} type="radio" checked={value.kind === kind} onChange={() => set({ kind })} />
      <label className="govuk-label govuk-radios__label" htmlFor={radioId(kind)}>
        {label}
      </label>
    </div>
  );
  const part = (name: 'day' | 'month' | 'year', label: string, width: 2 | 4) => {
    const id = `${ids.dueDate}-${name}`;
    // An empty date marks every part; otherwise the part the message names.
    const invalid = !!dateError && (dateError.message === 'Enter the due date' || dateError.field === id);
    return (
      <div className="govuk-date-input__item">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={id}>
            {label}
          </label>
          <input
            className={`govuk-input govuk-date-input__input govuk-input--width-${width}${invalid ? ' govuk-input--error' : ''}`}
            id={id}
            name={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={invalid || undefined}
            value={value[name]}
            onChange={(event) => set({ [name]: event.target.value })}
          />
        </div>
      </div>
    );
  };
  const dateDescribedBy = [`${ids.dueDate}-hint`, dateError && `${ids.dueDate}-error`, past && `${ids.dueDate}-past`].filter(Boolean).join(' ');
  return (
    <>
      <div className={`govuk-form-group${kindError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={kindError ? `${ids.dueNone}-error` : undefined}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">When is it due?</legend>
          {kindError && (
            <p className="govuk-error-message" id={`${ids.dueNone}-error`}>
              <span className="govuk-visually-hidden">Error:</span> {kindError.message}
            </p>
          )}
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {radio('none', 'Not set')}
            {radio('date', 'On a date')}
            {(allowRelative || value.kind === 'relative') && radio('relative', 'Relative to release')}
          </div>
        </fieldset>
      </div>
      {value.kind === 'date' && (
        <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" role="group" aria-describedby={dateDescribedBy}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Due date</legend>
            <div className="govuk-hint" id={`${ids.dueDate}-hint`}>
              For example, 27 3 2027
            </div>
            {dateError && (
              <p className="govuk-error-message" id={`${ids.dueDate}-error`}>
                <span className="govuk-visually-hidden">Error:</span> {dateError.message}
              </p>
            )}
            <div className="govuk-date-input" id={ids.dueDate}>
              {part('day', 'Day', 2)}
              {part('month', 'Month', 2)}
              {part('year', 'Year', 4)}
            </div>
            {past && (
              <div className="govuk-warning-text roundtable-warning-compact" id={`${ids.dueDate}-past`}>
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  This date is in the past
                </strong>
              </div>
            )}
          </fieldset>
        </div>
      )}
      {value.kind === 'relative' && (
        <div className={`govuk-form-group${daysError ? ' govuk-form-group--error' : ''}`}>
          {daysError && (
            <p className="govuk-error-message" id={`${ids.dueDays}-error`}>
              <span className="govuk-visually-hidden">Error:</span> {daysError.message}
            </p>
          )}
          <div className="roundtable-inline-fields">
            <div className="govuk-form-group roundtable-compact">
              <label className="govuk-label" htmlFor={ids.dueDays}>
                Days
              </label>
              <input
                className={`govuk-input govuk-input--width-3${daysError ? ' govuk-input--error' : ''}`}
                id={ids.dueDays}
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={!!daysError || undefined}
                aria-describedby={daysError ? `${ids.dueDays}-error` : undefined}
                value={value.days}
                onChange={(event) => set({ days: event.target.value })}
              />
            </div>
            <div className="govuk-form-group roundtable-compact">
              <label className="govuk-label" htmlFor={ids.dueDirection}>
                Before or after release
              </label>
              <select className="govuk-select" id={ids.dueDirection} value={value.direction} onChange={(event) => set({ direction: event.target.value as DueDraft['direction'] })}>
                <option value="before">before release</option>
                <option value="after">after release</option>
              </select>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
