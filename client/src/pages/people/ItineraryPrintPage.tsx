// The day-1 itinerary as the person takes it away: plain language, large type, only their own first name and the
// entries (no case reference, risk, other people or restricted content). Printed with the browser's print.
import { useCallback } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { ItineraryEntry } from '../../../../shared/domain/firstDays';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { firstDaysApi } from './firstDaysApi';
import './itineraryPrint.css';

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayName = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** 14:00 as people say it: "2pm", 09:30 as "9:30am". */
export function spokenTime(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour}${suffix}` : `${hour}:${String(minutes).padStart(2, '0')}${suffix}`;
}

function byDay(entries: ItineraryEntry[]): [string, ItineraryEntry[]][] {
  const days = new Map<string, ItineraryEntry[]>();
  for (const entry of entries) days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  return [...days.entries()];
}

export function ItineraryPrintPage() {
  const { personId = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => firstDaysApi.itinerary(personId, signal), [personId]);
  const data = useApiData(load);
  usePageTitle('Your plan for your first day');

  return (
    <div className="roundtable-itinerary-print">
      <Link to={`/people/${encodeURIComponent(personId)}`} className="govuk-back-link">
        Back to the person
      </Link>
      {data.status === 'loading' && <Loading what="itinerary" />}
      {data.status === 'failed' && <LoadFailed error={data.error} title="Itinerary not available" />}
      {data.status === 'loaded' && (
        <>
          <h1 className="govuk-heading-xl">{data.data.firstName ? `${data.data.firstName}, your plan for your first day` : 'Your plan for your first day'}</h1>
          <p className="govuk-body-l">These are the places to go and the people to see. Keep this with you.</p>
          {data.data.entries.length === 0 && <p className="govuk-body-l">Nothing is planned yet.</p>}
          {byDay(data.data.entries).map(([date, entries]) => (
            <section key={date} aria-labelledby={`day-${date}`}>
              <h2 className="govuk-heading-l" id={`day-${date}`}>
                {dayName(date)}
              </h2>
              <ol className="govuk-list" data-testid="itinerary-print-entries">
                {entries.map((entry, index) => (
                  <li key={`${entry.time}${index}`} className="roundtable-itinerary-print__entry">
                    <h3 className="govuk-heading-m govuk-!-margin-bottom-2">
                      At {spokenTime(entry.time)}: {entry.what}
                    </h3>
                    <p className="govuk-body-l govuk-!-margin-bottom-1">Where: {entry.place}</p>
                    {entry.agencyName && <p className="govuk-body-l">Who you will see: {entry.agencyName}</p>}
                  </li>
                ))}
              </ol>
            </section>
          ))}
          <p className="govuk-body-l">If you cannot get to one of these, phone your probation officer as soon as you can.</p>
          <button type="button" className="govuk-button roundtable-no-print" data-module="govuk-button" onClick={() => window.print()}>
            Print this page
          </button>
        </>
      )}
    </div>
  );
}
