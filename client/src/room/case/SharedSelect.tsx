// A GOV.UK select bound to one plain value in a Y.Map (a status or a state: last choice wins); read only, the chosen
// value as a summary list row.
import { plainString, type PlainField } from '../../../../shared/live/plain';
import { useYObserved } from '../../live/useYObserved';
import { ReadOnlyField } from './ReadOnlyRows';
import { useRoom } from '../RoomContext';

interface Props {
  id: string;
  label: string;
  field: PlainField | undefined;
  options: Record<string, string>;
  labelClassName?: string;
}

export function SharedSelect({ id, label, field, options, labelClassName = '' }: Props) {
  const { readOnly } = useRoom();
  useYObserved(field?.map);
  const value = plainString(field);
  if (readOnly) return <ReadOnlyField label={label} value={options[value] ?? value} id={id} field={field?.key} />;
  return (
    <div className="govuk-form-group">
      <label className={`govuk-label ${labelClassName}`.trim()} htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} name={id} value={value} disabled={!field} onChange={(event) => field?.map.set(field.key, event.target.value)}>
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
