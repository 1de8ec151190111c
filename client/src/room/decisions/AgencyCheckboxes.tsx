// Which agencies a decision binds: small GOV.UK checkboxes writing a plain id list; read only, their names.
import type { Agency } from '../../../../shared/domain/records';
import { ReadOnlyField } from '../case/ReadOnlyRows';

interface Props {
  idPrefix: string;
  legend: string;
  agencies: Agency[];
  selected: string[];
  readOnly: boolean;
  onChange(ids: string[]): void;
}

export function AgencyCheckboxes({ idPrefix, legend, agencies, selected, readOnly, onChange }: Props) {
  const toggle = (id: string, on: boolean) => onChange(on ? [...new Set([...selected, id])] : selected.filter((other) => other !== id));
  if (readOnly) {
    const names = agencies.filter((agency) => selected.includes(agency._id)).map((agency) => agency.shortName ?? agency.name);
    return <ReadOnlyField label={legend} value={names.length ? names.join(', ') : 'No agency'} field={`${idPrefix}-agencies`} />;
  }
  return (
    <fieldset className="govuk-fieldset">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      <div className="govuk-checkboxes govuk-checkboxes--small roundtable-inline-checkboxes">
        {agencies.map((agency) => {
          const id = `${idPrefix}-${agency._id}`;
          return (
            <div key={agency._id} className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={id}
                type="checkbox"
                checked={selected.includes(agency._id)}
                onChange={(event) => toggle(agency._id, event.target.checked)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                {agency.shortName ?? agency.name}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
