import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { RELEASE_WINDOWS, type PeopleFilters, type ReleaseWindow } from './peopleQuery';

interface Props {
  filters: PeopleFilters;
  onApply(filters: PeopleFilters): void;
}

export function PeopleFilterForm({ filters, onApply }: Props) {
  const [q, setQ] = useState(filters.q);
  const [releaseWindow, setReleaseWindow] = useState<ReleaseWindow | undefined>(filters.window);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ q: q.trim(), window: releaseWindow, offset: 0 });
  }

  return (
    <form className="roundtable-filter-panel" onSubmit={apply} role="search" aria-label="Filter people">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <TextField id="people-q" label="Name or case reference" type="search" value={q} onChange={setQ} spellCheck={false} />
        </div>
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Release date</legend>
              <div className="govuk-radios govuk-radios--small govuk-radios--inline" data-module="govuk-radios">
                <div className="govuk-radios__item">
                  <input className="govuk-radios__input" id="window-any" name="window" type="radio" checked={!releaseWindow} onChange={() => setReleaseWindow(undefined)} />
                  <label className="govuk-label govuk-radios__label" htmlFor="window-any">
                    Any time
                  </label>
                </div>
                {RELEASE_WINDOWS.map((weeks) => (
                  <div className="govuk-radios__item" key={weeks}>
                    <input
                      className="govuk-radios__input"
                      id={`window-${weeks}`}
                      name="window"
                      type="radio"
                      checked={releaseWindow === weeks}
                      onChange={() => setReleaseWindow(weeks)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`window-${weeks}`}>
                      Next {weeks} weeks
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Apply filters
      </button>
    </form>
  );
}
