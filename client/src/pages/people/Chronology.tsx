// The person's chronology on their page: release and status changes, risk-level changes with who, when and why,
// meetings, decisions, actions and notifications, newest first, as the server filtered them for this user.
// Filterable by kind; "Print chronology" prints only the chronology (with the protective marking).
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { CHRONOLOGY_KINDS, type ChronologyEntry, type ChronologyKind } from '../../../../shared/domain/chronology';
import { useApiData } from '../../components/useApiData';
import { formatDate, formatDateTime, plural } from '../../format';
import { chronologyApi } from './chronologyApi';
import './chronology.css';

const PRINTING = 'roundtable-printing-chronology';

function printChronology() {
  document.body.classList.add(PRINTING);
  const done = () => {
    document.body.classList.remove(PRINTING);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

function Entry({ entry }: { entry: ChronologyEntry }) {
  const kind = CHRONOLOGY_KINDS.find((k) => k.key === entry.kind)?.label ?? entry.kind;
  return (
    <li className="moj-timeline__item" data-testid="chronology-entry" data-kind={entry.kind}>
      <div className="moj-timeline__header">
        <h3 className="moj-timeline__title">{entry.title}</h3>
        <p className="moj-timeline__byline">
          {kind}
          {entry.by ? ` · by ${entry.by}` : ''}
        </p>
      </div>
      <p className="moj-timeline__date">
        <time dateTime={entry.dateOnly ? entry.at.slice(0, 10) : entry.at}>{entry.dateOnly ? formatDate(entry.at.slice(0, 10)) : formatDateTime(entry.at)}</time>
        {entry.meeting ? ` · ${entry.meeting.title}` : ''}
      </p>
      {(entry.detail || entry.link) && (
        <div className="moj-timeline__description">
          {entry.detail && <p className="govuk-body">{entry.kind === 'risk' ? `Reason: ${entry.detail}` : entry.detail}</p>}
          {entry.link && (
            <p className="govuk-body roundtable-no-print">
              <Link className="govuk-link" to={entry.link}>
                {entry.kind === 'meeting' ? 'Read the minutes' : 'Open'}
                <span className="govuk-visually-hidden">: {entry.title}</span>
              </Link>
            </p>
          )}
        </div>
      )}
    </li>
  );
}

export function ChronologySection({ personId }: { personId: string }) {
  const load = useCallback((signal: AbortSignal) => chronologyApi.forPerson(personId, signal), [personId]);
  const chronology = useApiData(load);
  const [shown, setShown] = useState<Set<ChronologyKind>>(() => new Set(CHRONOLOGY_KINDS.map((k) => k.key)));
  useEffect(() => () => document.body.classList.remove(PRINTING), []);

  const toggle = (kind: ChronologyKind, on: boolean) =>
    setShown((current) => {
      const next = new Set(current);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });

  return (
    <section className="roundtable-chronology govuk-!-margin-top-8" aria-labelledby="chronology-heading" data-testid="chronology">
      <h2 className="govuk-heading-m" id="chronology-heading">
        Chronology
      </h2>
      {chronology.status === 'loading' && <p className="govuk-body">Loading the chronology…</p>}
      {chronology.status === 'failed' && (
        <p className="govuk-body" role="alert">
          The chronology cannot be shown: {chronology.error.message}
        </p>
      )}
      {chronology.status === 'loaded' && (
        <>
          <div className="roundtable-no-print">
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset" aria-describedby="chronology-filter-hint">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show</legend>
                <div id="chronology-filter-hint" className="govuk-hint">
                  Only what you may see is listed: entries from a case you do not take part in are left out.
                </div>
                <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {CHRONOLOGY_KINDS.map(({ key, label }) => (
                    <div className="govuk-checkboxes__item" key={key}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`chronology-kind-${key}`}
                        type="checkbox"
                        checked={shown.has(key)}
                        onChange={(event) => toggle(key, event.target.checked)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`chronology-kind-${key}`}>
                        {label}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <p className="govuk-body">
              <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={printChronology}>
                Print chronology
              </button>
            </p>
          </div>
          <ChronologyList entries={chronology.data.entries.filter((entry) => shown.has(entry.kind))} total={chronology.data.entries.length} />
        </>
      )}
    </section>
  );
}

function ChronologyList({ entries, total }: { entries: ChronologyEntry[]; total: number }) {
  return (
    <>
      <p className="govuk-body" role="status" data-testid="chronology-count">
        {total === 0 ? 'Nothing has been recorded yet.' : entries.length === total ? `${plural(total, 'entry', 'entries')}, newest first.` : `Showing ${entries.length} of ${plural(total, 'entry', 'entries')}, newest first.`}
      </p>
      {entries.length > 0 && (
        <ol className="moj-timeline govuk-list">
          {entries.map((entry) => (
            <Entry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </>
  );
}
