import { useState, type FormEvent } from 'react';

export type ActionsShow = 'outstanding' | 'overdue' | 'all';

const CHOICES: { value: ActionsShow; label: string }[] = [
  { value: 'outstanding', label: 'Still open' },
  { value: 'overdue', label: 'Overdue only' },
  { value: 'all', label: 'All, including finished' },
];

export function ActionsShowFilter({ show, onChange }: { show: ActionsShow; onChange(show: ActionsShow): void }) {
  const [choice, setChoice] = useState(show);
  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChange(choice);
  }
  return (
    <form className="roundtable-filter" onSubmit={apply} role="search" aria-label="Filter actions">
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
          <div className="govuk-radios govuk-radios--small govuk-radios--inline">
            {CHOICES.map((c) => (
              <div className="govuk-radios__item" key={c.value}>
                <input className="govuk-radios__input" id={`show-${c.value}`} name="show" type="radio" checked={choice === c.value} onChange={() => setChoice(c.value)} />
                <label className="govuk-label govuk-radios__label" htmlFor={`show-${c.value}`}>
                  {c.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filter
      </button>
    </form>
  );
}
