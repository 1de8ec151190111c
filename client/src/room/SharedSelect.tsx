// A GOV.UK select bound to one plain value in a Y.Map (a status or a level: last choice wins).
import type * as Y from 'yjs';
import { useYObserved } from '../live/useYObserved';

interface Props {
  id: string;
  label: string;
  map: Y.Map<unknown> | undefined;
  field: string;
  options: Record<string, string>;
  readOnly: boolean;
  labelClassName?: string;
}

export function SharedSelect({ id, label, map, field, options, readOnly, labelClassName = '' }: Props) {
  useYObserved(map);
  const value = String(map?.get(field) ?? '');
  return (
    <div className="govuk-form-group">
      <label className={`govuk-label ${labelClassName}`.trim()} htmlFor={id}>
        {label}
      </label>
      <select className="govuk-select" id={id} name={id} value={value} disabled={readOnly || !map} onChange={(event) => map?.set(field, event.target.value)}>
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
