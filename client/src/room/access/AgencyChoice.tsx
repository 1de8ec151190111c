// GOV.UK checkboxes of agencies in a fieldset; a locked agency is shown ticked and cannot be unticked.
import type { ReactNode } from 'react';
import type { Agency } from '../../../../shared/domain/records';

interface Props {
  idPrefix: string;
  legend: string;
  /** The legend is the heading of its panel. */
  asHeading?: boolean;
  hint?: ReactNode;
  agencies: Agency[];
  selected: string[];
  locked?: string | null;
  lockedNote?: string;
  disabled?: boolean;
  onChange(ids: string[]): void;
}

export function AgencyChoice({ idPrefix, legend, asHeading, hint, agencies, selected, locked, lockedNote, disabled, onChange }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...new Set([...selected, id])] : selected.filter((other) => other !== id));
  const hintId = `${idPrefix}-hint`;
  return (
    <fieldset className="govuk-fieldset" aria-describedby={hint ? hintId : undefined}>
      {asHeading ? (
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h4 className="govuk-fieldset__heading">{legend}</h4>
        </legend>
      ) : (
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      )}
      {hint && (
        <div className="govuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      <div className="govuk-checkboxes govuk-checkboxes--small">
        {agencies.map((agency) => {
          const id = `${idPrefix}-${agency._id}`;
          const isLocked = agency._id === locked;
          return (
            <div key={agency._id} className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={id}
                type="checkbox"
                checked={isLocked || selected.includes(agency._id)}
                disabled={disabled || isLocked}
                onChange={(event) => toggle(agency._id, event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {agency.name}
                {isLocked && lockedNote ? ` (${lockedNote})` : ''}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
