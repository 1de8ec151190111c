// The first three days after release on the person page, between meetings: each day-of-release item that decides the
// first days (bank account, benefits, GP, medication, probation and treatment appointments, ID, phone) as the latest
// meeting left it or as confirmed since, the red flag the room would raise, and for the agencies on the case a button
// to confirm an item or mark it not needed. Shown from release day to day 3 after it.
import { useCallback, useState } from 'react';
import type { CheckState, DayOfReleaseKey } from '../../../../shared/live/caseFields';
import type { FirstDaysView } from '../../../../shared/api/firstDays';
import type { FirstDaysItem } from '../../../../shared/logic/firstDays';
import { POST_RELEASE_WINDOW_DAYS } from '../../../../shared/logic/firstDays';
import { daysBetween } from '../../../../shared/logic/dueDates';
import { ApiError } from '../../api';
import { useApiData } from '../../components/useApiData';
import { formatDateTime, todayIso } from '../../format';
import { firstDaysApi } from './firstDaysApi';

const STATE_TAGS: Record<CheckState, { text: string; css: string }> = {
  unresolved: { text: 'Not confirmed', css: 'govuk-tag--red' },
  confirmed: { text: 'Confirmed', css: 'govuk-tag--green' },
  'not-needed': { text: 'Not needed', css: 'govuk-tag--grey' },
};

function ItemRow({ item, canCheck, onCheck }: { item: FirstDaysItem; canCheck: boolean; onCheck(key: DayOfReleaseKey, state: CheckState): void }) {
  const tag = STATE_TAGS[item.state];
  return (
    <div className="govuk-summary-list__row" data-testid="first-days-item" data-key={item.key} data-state={item.state}>
      <dt className="govuk-summary-list__key">{item.label}</dt>
      <dd className="govuk-summary-list__value">
        <strong className={`govuk-tag ${tag.css}`}>{tag.text}</strong>
        {item.recordedBy && item.recordedAt && (
          <span className="govuk-body-s">
            {' '}
            by {item.recordedBy}, {formatDateTime(item.recordedAt)}
          </span>
        )}
      </dd>
      {canCheck && (
        <dd className="govuk-summary-list__actions">
          {item.state === 'unresolved' ? (
            <>
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => onCheck(item.key, 'confirmed')}>
                Confirmed<span className="govuk-visually-hidden"> {item.label}</span>
              </button>{' '}
              <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => onCheck(item.key, 'not-needed')}>
                Not needed<span className="govuk-visually-hidden"> {item.label}</span>
              </button>
            </>
          ) : (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1" onClick={() => onCheck(item.key, 'unresolved')}>
              Open again<span className="govuk-visually-hidden"> {item.label}</span>
            </button>
          )}
        </dd>
      )}
    </div>
  );
}

function FirstDaysDetails({ personId }: { personId: string }) {
  const load = useCallback((signal: AbortSignal) => firstDaysApi.firstDays(personId, signal), [personId]);
  const data = useApiData(load);
  const [current, setCurrent] = useState<FirstDaysView | null>(null);
  const [error, setError] = useState('');
  if (data.status !== 'loaded') return null;
  const view = current ?? data.data;

  async function check(key: DayOfReleaseKey, state: CheckState) {
    try {
      setCurrent(await firstDaysApi.checkFirstDays(personId, key, state));
      setError('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Something went wrong on our side. Please try again.');
    }
  }

  const day = view.daysSinceRelease ?? 0;
  return (
    <section aria-labelledby="first-days-heading" className="govuk-!-margin-top-6" data-testid="first-days">
      <h2 className="govuk-heading-m" id="first-days-heading">
        First days after release
      </h2>
      <p className="govuk-body">
        {day === 0 ? 'Release day' : `Day ${day} after release`}: the items that decide the first days out
        {view.meeting ? `, as ${view.meeting.title} left them and as confirmed since` : ''}.
      </p>
      {view.flags.map((flag) => (
        <div className="govuk-warning-text" key={flag.code} data-testid="first-days-flag" data-flag={flag.code}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Red flag: </span>
            {flag.message}
          </strong>
        </div>
      ))}
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <dl className="govuk-summary-list">
        {view.items.map((item) => (
          <ItemRow key={item.key} item={item} canCheck={view.canCheck} onCheck={(key, state) => void check(key, state)} />
        ))}
      </dl>
    </section>
  );
}

/** Only from release day to day 3 after it, and only for those who may see the items (no request otherwise). */
export function FirstDaysSection({ personId, releaseDate, canSee }: { personId: string; releaseDate?: string | null; canSee: boolean }) {
  if (!canSee || !releaseDate) return null;
  const since = daysBetween(releaseDate, todayIso());
  if (since < 0 || since > POST_RELEASE_WINDOW_DAYS) return null;
  return <FirstDaysDetails personId={personId} />;
}
