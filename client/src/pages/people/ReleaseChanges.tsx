// Release date and custody status changes on the person page: the recorded changes (old and new, type, reason,
// source, who and when, which due dates moved) and, for the lead agency, a chair of one of the person's panels or an
// administrator, the form that records one. Recording it tells the case team and action owners at once.
import { useCallback, useState, type FormEvent } from 'react';
import { RELEASE_CHANGE_TYPES, RELEASE_CHANGE_TYPE_LABELS, type PersonEvent, type ReleaseChangeResult } from '../../../../shared/domain/personEvents';
import type { PersonView } from '../../../../shared/domain/records';
import { CUSTODY_STATUSES } from '../../../../shared/domain/schemas';
import { describeMove } from '../../../../shared/logic/releaseChange';
import { request } from '../../api';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadFailed } from '../../components/LoadFailed';
import { useApiData } from '../../components/useApiData';
import { formatDate, formatDateTime } from '../../format';
import { CUSTODY_STATUS_LABELS } from '../../labels';
import { DateInput, Radios, RecallTypeRadios, Select, TextArea, TextInput } from './PersonFields';
import { initialReleaseChange, releaseChangeBody, type ReleaseChangeFormError, type ReleaseChangeFormState } from './releaseChangeForm';

const valueWords = (event: PersonEvent, value: string | null) =>
  value === null ? (event.field === 'releaseDate' ? 'no release date' : 'not recorded') : event.field === 'releaseDate' ? formatDate(value) : (CUSTODY_STATUS_LABELS[value] ?? value);

function ChangeForm({ person, onRecorded }: { person: PersonView; onRecorded(result: ReleaseChangeResult): void }) {
  const [state, setState] = useState<ReleaseChangeFormState>(() => initialReleaseChange(person));
  const [errors, setErrors] = useState<ReleaseChangeFormError[]>([]);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: ReleaseChangeFormError['field']) => errors.find((e) => e.field === field)?.message;
  const set = <K extends keyof ReleaseChangeFormState>(key: K) => (value: ReleaseChangeFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const { body, errors: found } = releaseChangeBody(state, person);
    if (!body) return setErrors(found);
    setSaving(true);
    try {
      const result = await request<ReleaseChangeResult>(`/api/people/${encodeURIComponent(person._id)}/release-changes`, { method: 'POST', body });
      setErrors([]);
      onRecorded(result);
    } catch (err) {
      setErrors([{ field: 'newReleaseDate-day', message: (err as Error).message }]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} data-testid="release-change-form">
      <ErrorSummary errors={errors} />
      <DateInput
        id="newReleaseDate"
        label="New release date"
        hint="For example, 3 12 2026. Leave it as it is if only the custody status changed."
        error={errorOf('newReleaseDate-day')}
        value={state.releaseDate}
        onChange={set('releaseDate')}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input className="govuk-checkboxes__input" id="noReleaseDate" type="checkbox" checked={state.noReleaseDate} onChange={(e) => set('noReleaseDate')(e.target.checked)} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="noReleaseDate">
              No release date (for example, after a recall or a new remand)
            </label>
          </div>
        </div>
      </div>
      <Select
        id="custodyStatusChange"
        label="Custody status"
        error={errorOf('custodyStatusChange')}
        value={state.custodyStatus}
        onChange={set('custodyStatus')}
        choices={CUSTODY_STATUSES.map((value) => ({ value, label: CUSTODY_STATUS_LABELS[value] ?? value }))}
        empty="Not recorded"
      />
      {state.custodyStatus === 'recalled' && person.custodyStatus !== 'recalled' && (
        <RecallTypeRadios
          id="changeRecallType"
          hint="The recall is added to the person's custody episodes, starting today."
          error={errorOf('changeRecallType')}
          value={state.recallType}
          onChange={set('recallType')}
        />
      )}
      <Radios
        id="changeType"
        label="Type of change"
        error={errorOf('changeType')}
        value={state.type}
        onChange={set('type')}
        choices={RELEASE_CHANGE_TYPES.map((value) => ({ value, label: RELEASE_CHANGE_TYPE_LABELS[value] }))}
      />
      <TextArea id="changeReason" label="Reason" hint="Why the date or status changed. Everyone on the case can read it." error={errorOf('changeReason')} value={state.reason} onChange={set('reason')} />
      <TextInput id="changeSource" label="Source" hint="Who told you, for example the prison's offender management unit or the Parole Board" error={errorOf('changeSource')} value={state.source} onChange={set('source')} width={30} />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Every agency on the case and every owner of an open action about this person will be told, in Roundtable and by e-mail.
        </strong>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving} aria-disabled={saving}>
        Record the change
      </button>
    </form>
  );
}

function ChangeHistory({ events }: { events: PersonEvent[] }) {
  if (!events.length) return <p className="govuk-body">No changes of release date or custody status have been recorded.</p>;
  return (
    <ul className="govuk-list" data-testid="release-change-history">
      {events.map((event) => (
        <li key={event._id} className="govuk-!-margin-bottom-4">
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>{event.field === 'releaseDate' ? 'Release date' : 'Custody status'}</strong>: was {valueWords(event, event.old)}, now {valueWords(event, event.new)} (
            {RELEASE_CHANGE_TYPE_LABELS[event.type]})
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            Reason: {event.reason} Source: {event.source}
          </p>
          <p className="govuk-hint govuk-!-margin-bottom-1">
            Recorded by {event.byName}, {formatDateTime(event.at)}
            {event.notifiedCount !== undefined ? `; ${event.notifiedCount} ${event.notifiedCount === 1 ? 'person' : 'people'} told` : ''}
          </p>
          {event.movedActions && event.movedActions.length > 0 && (
            <p className="govuk-body-s">
              {event.movedActions.length} action{event.movedActions.length === 1 ? '' : 's'} due relative to release moved:{' '}
              {event.movedActions.map((m) => describeMove(m.from, m.to)).join('; ')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The section on the person page; `onChanged` re-reads the person so the summary shows the new date. */
export function ReleaseChangesSection({ person, onChanged }: { person: PersonView; onChanged(): void }) {
  const load = useCallback((signal: AbortSignal) => request<{ items: PersonEvent[] }>(`/api/people/${encodeURIComponent(person._id)}/release-changes`, { signal }), [person._id]);
  const history = useApiData(load);
  const [open, setOpen] = useState(false);
  const [recorded, setRecorded] = useState<ReleaseChangeResult | null>(null);

  return (
    <section aria-labelledby="release-changes-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="release-changes-heading">
        Release date and custody changes
      </h2>
      {recorded && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="release-change-banner-title" data-testid="release-change-recorded">
          <div className="govuk-notification-banner__header">
            <h3 className="govuk-notification-banner__title" id="release-change-banner-title">
              Success
            </h3>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Change recorded</p>
            <p className="govuk-body">
              {recorded.notified} {recorded.notified === 1 ? 'person has' : 'people have'} been told.
              {recorded.events.some((e) => e.movedActions?.length) ? ' Actions due relative to release have moved with the date.' : ''}
            </p>
          </div>
        </div>
      )}
      {history.status === 'failed' && <LoadFailed error={history.error} title="Changes not available" />}
      {history.status === 'loaded' && <ChangeHistory events={history.data.items} />}
      {person.canEditProtected &&
        (open ? (
          <>
            <h3 className="govuk-heading-s">Record a change of release date or custody status</h3>
            <ChangeForm
              key={`${person.releaseDate ?? ''}:${person.custodyStatus}`}
              person={person}
              onRecorded={(result) => {
                setRecorded(result);
                setOpen(false);
                history.reload();
                onChanged();
              }}
            />
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </>
        ) : (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setOpen(true)} data-testid="record-release-change">
            Record a change of release date or custody status
          </button>
        ))}
    </section>
  );
}
