// The day-1 itinerary: where the person needs to be and when on their first day out (time, place, agency,
// what for), shared with the agencies on the case only and printable for the person in plain language.
import { useCallback, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { itineraryEntryInput, type ItineraryEntry, type ItineraryEntryInput, type ItineraryView } from '../../../../shared/domain/firstDays';
import type { Agency } from '../../../../shared/domain/records';
import { api, ApiError } from '../../api';
import { AgencyOptions } from '../../components/AgencyOptions';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { useApiData } from '../../components/useApiData';
import { formatDate } from '../../format';
import { firstDaysApi } from './firstDaysApi';

const FIELD_IDS: Record<string, string> = { date: 'itinerary-date-day', time: 'itinerary-time', place: 'itinerary-place', agencyId: 'itinerary-agency', what: 'itinerary-what' };

function isoFromParts(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return '';
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

function FieldMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function AddEntryForm({ releaseDate, agencies, onAdd }: { releaseDate: string | null; agencies: Agency[]; onAdd(entry: ItineraryEntryInput): Promise<void> }) {
  const [y, m, d] = (releaseDate ?? '').split('-');
  const [day, setDay] = useState(d ? String(Number(d)) : '');
  const [month, setMonth] = useState(m ? String(Number(m)) : '');
  const [year, setYear] = useState(y ?? '');
  const [time, setTime] = useState('');
  const [place, setPlace] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [what, setWhat] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const errorFor = (field: string) => errors.find((e) => e.field === FIELD_IDS[field])?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = itineraryEntryInput.safeParse({ date: isoFromParts(day, month, year), time: time.trim(), place, what, ...(agencyId ? { agencyId } : {}) });
    if (!parsed.success) {
      const seen = new Set<string>();
      setErrors(
        parsed.error.issues.flatMap((issue) => {
          const field = String(issue.path[0]);
          if (seen.has(field)) return [];
          seen.add(field);
          return [{ field: FIELD_IDS[field] ?? 'itinerary-place', message: field === 'date' ? 'Enter the date as a real date, for example 3 12 2026' : issue.message }];
        }),
      );
      return;
    }
    setSaving(true);
    try {
      await onAdd(parsed.data);
      setErrors([]);
      setTime('');
      setPlace('');
      setAgencyId('');
      setWhat('');
    } catch (err) {
      setErrors([{ field: 'itinerary-time', message: err instanceof ApiError ? err.message : 'Something went wrong on our side. Please try again.' }]);
    } finally {
      setSaving(false);
    }
  }

  const dateError = errorFor('date');
  const timeError = errorFor('time');
  const placeError = errorFor('place');
  const whatError = errorFor('what');
  const described = (id: string, hint: boolean, error?: string) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="itinerary-add-heading">
      <h3 className="govuk-heading-s" id="itinerary-add-heading">
        Add to the itinerary
      </h3>
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" role="group" aria-describedby={described('itinerary-date', true, dateError)}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date</legend>
          <div id="itinerary-date-hint" className="govuk-hint">
            For example, 3 12 2026
          </div>
          <FieldMessage id="itinerary-date" message={dateError} />
          <div className="govuk-date-input">
            {(
              [
                ['day', 'Day', day, setDay, 2],
                ['month', 'Month', month, setMonth, 2],
                ['year', 'Year', year, setYear, 4],
              ] as const
            ).map(([part, label, value, set, width]) => (
              <div className="govuk-date-input__item" key={part}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={`itinerary-date-${part}`}>
                    {label}
                  </label>
                  <input
                    className={`govuk-input govuk-date-input__input govuk-input--width-${width}${dateError ? ' govuk-input--error' : ''}`}
                    id={`itinerary-date-${part}`}
                    name={`itinerary-date-${part}`}
                    type="text"
                    inputMode="numeric"
                    value={value}
                    onChange={(event) => set(event.target.value)}
                  />
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={`govuk-form-group${timeError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="itinerary-time">
          Time
        </label>
        <div id="itinerary-time-hint" className="govuk-hint">
          Use the 24-hour clock, for example 14:00
        </div>
        <FieldMessage id="itinerary-time" message={timeError} />
        <input
          className={`govuk-input govuk-input--width-5${timeError ? ' govuk-input--error' : ''}`}
          id="itinerary-time"
          type="text"
          inputMode="numeric"
          value={time}
          aria-describedby={described('itinerary-time', true, timeError)}
          aria-invalid={timeError ? true : undefined}
          onChange={(event) => setTime(event.target.value)}
        />
      </div>
      <div className={`govuk-form-group${placeError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="itinerary-place">
          Where
        </label>
        <FieldMessage id="itinerary-place" message={placeError} />
        <input
          className={`govuk-input${placeError ? ' govuk-input--error' : ''}`}
          id="itinerary-place"
          type="text"
          value={place}
          aria-describedby={described('itinerary-place', false, placeError)}
          aria-invalid={placeError ? true : undefined}
          onChange={(event) => setPlace(event.target.value)}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="itinerary-agency">
          Agency (optional)
        </label>
        <select className="govuk-select" id="itinerary-agency" value={agencyId} onChange={(event) => setAgencyId(event.target.value)}>
          <option value="">No agency</option>
          <AgencyOptions agencies={agencies} />
        </select>
      </div>
      <div className={`govuk-form-group${whatError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="itinerary-what">
          What it is for
        </label>
        <div id="itinerary-what-hint" className="govuk-hint">
          In plain words the person will understand, for example &quot;Collect your prescription&quot;
        </div>
        <FieldMessage id="itinerary-what" message={whatError} />
        <input
          className={`govuk-input${whatError ? ' govuk-input--error' : ''}`}
          id="itinerary-what"
          type="text"
          value={what}
          aria-describedby={described('itinerary-what', true, whatError)}
          aria-invalid={whatError ? true : undefined}
          onChange={(event) => setWhat(event.target.value)}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={saving}>
        Add to itinerary
      </button>
    </form>
  );
}

const toInput = ({ agencyName: _name, ...entry }: ItineraryEntry): ItineraryEntryInput => entry;

function ItineraryTable({ itinerary, onRemove }: { itinerary: ItineraryView; onRemove?(index: number): void }) {
  if (itinerary.entries.length === 0) return <p className="govuk-body">Nothing on the itinerary yet.</p>;
  return (
    <table className="govuk-table" data-testid="itinerary-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Day-1 itinerary</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            When
          </th>
          <th scope="col" className="govuk-table__header">
            Where
          </th>
          <th scope="col" className="govuk-table__header">
            Agency
          </th>
          <th scope="col" className="govuk-table__header">
            What for
          </th>
          {onRemove && (
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Remove</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {itinerary.entries.map((entry, index) => (
          <tr className="govuk-table__row" key={`${entry.date}${entry.time}${index}`}>
            <td className="govuk-table__cell">
              {entry.time}, {formatDate(entry.date)}
            </td>
            <td className="govuk-table__cell">{entry.place}</td>
            <td className="govuk-table__cell">{entry.agencyName ?? ''}</td>
            <td className="govuk-table__cell">{entry.what}</td>
            {onRemove && (
              <td className="govuk-table__cell">
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => onRemove(index)}>
                  Remove<span className="govuk-visually-hidden"> {entry.time} {entry.what}</span>
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The person page's "Day-1 itinerary" section: nothing at all for those who are not on the case. */
export function ItinerarySection({ personId }: { personId: string }) {
  const load = useCallback(
    async (signal: AbortSignal) => {
      const itinerary = await firstDaysApi.itinerary(personId, signal);
      const agencies = itinerary.canEdit ? (await api.agencies(signal)).items : [];
      return { itinerary, agencies };
    },
    [personId],
  );
  const data = useApiData(load);
  const [current, setCurrent] = useState<ItineraryView | null>(null);
  const [removeError, setRemoveError] = useState('');
  if (data.status !== 'loaded') return null;
  const itinerary = current ?? data.data.itinerary;
  const agencies = data.data.agencies;

  async function save(entries: ItineraryEntryInput[]) {
    setCurrent(await firstDaysApi.saveItinerary(personId, { entries }));
  }

  return (
    <section aria-labelledby="itinerary-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="itinerary-heading">
        Day-1 itinerary
      </h2>
      <p className="govuk-body">Shared with the agencies on the case only.</p>
      {removeError && <p className="govuk-error-message">{removeError}</p>}
      <ItineraryTable
        itinerary={itinerary}
        onRemove={
          itinerary.canEdit
            ? (index) => {
                setRemoveError('');
                save(itinerary.entries.filter((_, i) => i !== index).map(toInput)).catch((err: unknown) =>
                  setRemoveError(err instanceof ApiError ? err.message : 'The entry could not be removed. Please try again.'),
                );
              }
            : undefined
        }
      />
      {itinerary.entries.length > 0 && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/people/${encodeURIComponent(personId)}/itinerary/print`}>
            Print the itinerary for the person
          </Link>
        </p>
      )}
      {itinerary.canEdit && <AddEntryForm releaseDate={itinerary.releaseDate} agencies={agencies} onAdd={(entry) => save([...itinerary.entries.map(toInput), entry])} />}
    </section>
  );
}
