// The due date of a new action: none, a date, or a number of days before or after release.
import { todayIso } from '../format';

/** A complete date before today (UK): still allowed, but said. */
export const isPastDate = (date: string, today = todayIso()) => /^\d{4}-\d{2}-\d{2}$/.test(date) && date < today;
export type DueKind = 'none' | 'date' | 'relative';

export interface DueValue {
  kind: DueKind;
  date: string;
  days: string;
  direction: 'before' | 'after';
}

export const NO_DUE: DueValue = { kind: 'none', date: '', days: '', direction: 'before' };

interface Props {
  value: DueValue;
  onChange(value: DueValue): void;
  /** Relative dates need a person with a release date. */
  allowRelative: boolean;
}

export function DueDateFields({ value, onChange, allowRelative }: Props) {
  const set = (patch: Partial<DueValue>) => onChange({ ...value, ...patch });
  const radio = (kind: DueKind, label: string) => (
    <div className="govuk-radios__item">
      <input className="govuk-radios__input" id={`action-due-${kind}`} name="action-due" type="radio" checked={value.kind === kind} onChange={() => set({ kind })} />
      <label className="govuk-label govuk-radios__label" htmlFor={`action-due-${kind}`}>
        {label}
      </label>
    </div>
  );
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">When is it due?</legend>
      <div className="govuk-radios govuk-radios--small govuk-radios--inline">
        {radio('none', 'Not set')}
        {radio('date', 'On a date')}
        {allowRelative && radio('relative', 'Relative to release')}
      </div>
      {value.kind === 'date' && (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="action-due-on">
            Due date
          </label>
          <input
            className="govuk-input govuk-input--width-10"
            id="action-due-on"
            type="date"
            value={value.date}
            aria-describedby={isPastDate(value.date) ? 'action-due-on-past' : undefined}
            onChange={(event) => set({ date: event.target.value })}
          />
          {isPastDate(value.date) && (
            <div className="govuk-warning-text roundtable-warning-compact" id="action-due-on-past">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                This date is in the past
              </strong>
            </div>
          )}
        </div>
      )}
      {value.kind === 'relative' && (
        <div className="govuk-form-group roundtable-inline-fields">
          <label className="govuk-label" htmlFor="action-due-days">
            Days
          </label>
          <input className="govuk-input govuk-input--width-3" id="action-due-days" inputMode="numeric" value={value.days} onChange={(event) => set({ days: event.target.value })} />
          <label className="govuk-visually-hidden" htmlFor="action-due-direction">
            Before or after release
          </label>
          <select className="govuk-select" id="action-due-direction" value={value.direction} onChange={(event) => set({ direction: event.target.value as DueValue['direction'] })}>
            <option value="before">before release</option>
            <option value="after">after release</option>
          </select>
        </div>
      )}
    </fieldset>
  );
}

/** The API fields of a due value, or an error message. */
export function dueFields(value: DueValue): { dueDate?: string; dueRelativeDays?: number } | string {
  if (value.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? { dueDate: value.date } : 'Enter the due date';
  if (value.kind === 'relative') {
    const days = Number(value.days);
    if (!/^\d{1,3}$/.test(value.days.trim()) || days > 365) return 'Enter the number of days, from 0 to 365';
    return { dueRelativeDays: value.direction === 'before' ? -days : days };
  }
  return {};
}
