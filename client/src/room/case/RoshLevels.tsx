// Risk of serious harm level to each group. Choosing a new level does not change it: the room asks why (GOV.UK
// error summary when no reason is given), then sends level and reason to the server, which sets the level in the
// case document (everyone sees it at once) and records who, when, old, new and why for the person's chronology.
// Clients cannot write the levels directly: the server refuses it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RiskLevelChangeInput } from '../../../../shared/domain/riskLevels';
import { roshLevels } from '../../../../shared/live/caseDoc';
import { RISK_GROUPS, type RiskGroup } from '../../../../shared/live/caseFields';
import { parseDocName } from '../../../../shared/live/docNames';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { useRoom } from '../RoomContext';
import { ROSH_LEVEL_LABELS } from '../shell/roomLabels';
import { ReadOnlyRow, ReadOnlyRows } from './ReadOnlyRows';
import { riskLevelApi } from './riskLevelApi';

const REASON_FIELD = 'rosh-reason';
const MISSING_REASON = 'Enter why the risk level is changing';

/** "the risk to the public", "the risk to a known adult", … as a sentence says it. */
const RISK_TO: Record<RiskGroup, string> = {
  public: 'the public',
  knownAdult: 'a known adult',
  children: 'children',
  staff: 'staff',
  self: 'self',
};

type Pending = Pick<RiskLevelChangeInput, 'group' | 'level'>;

export function RoshLevels({ live }: { live: LiveDoc }) {
  const { readOnly, meetingId } = useRoom();
  const rosh = roshLevels(live.doc);
  useYObserved(rosh);
  const personId = parseDocName(live.name)?.personId;
  const [pending, setPending] = useState<Pending | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  const current = (group: string) => String(rosh?.get(group) ?? '');

  // Focus moves to the question as soon as it is asked.
  const pendingKey = pending ? `${pending.group}:${pending.level}` : '';
  useEffect(() => {
    if (pendingKey) reasonRef.current?.focus();
  }, [pendingKey]);

  function choose(group: RiskGroup, level: string) {
    setError(null);
    setReason('');
    setPending(level === current(group) ? null : { group, level: level as Pending['level'] });
  }

  function cancel() {
    setPending(null);
    setReason('');
    setError(null);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!pending || !personId || saving) return;
    if (!reason.trim()) {
      setError(MISSING_REASON);
      return;
    }
    setSaving(true);
    try {
      await riskLevelApi.change(meetingId, personId, { ...pending, reason });
      cancel();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The risk level could not be changed. Try again.');
    } finally {
      setSaving(false);
    }
  }

  if (readOnly)
    return (
      <div className="roundtable-rosh-levels">
        <h4 className="govuk-heading-s">Risk of serious harm</h4>
        <ReadOnlyRows>
          {RISK_GROUPS.map(({ key, label }) => (
            <ReadOnlyRow key={key} label={label} value={ROSH_LEVEL_LABELS[current(key)] ?? current(key)} id={`rosh-${key}`} field={`rosh.${key}`} />
          ))}
        </ReadOnlyRows>
      </div>
    );

  return (
    <div className="roundtable-rosh-levels">
      <fieldset className="govuk-fieldset" aria-describedby="rosh-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Risk of serious harm</legend>
        <div id="rosh-hint" className="govuk-hint">
          A change of level needs a reason; it is recorded with your name and shown in the person&apos;s chronology.
        </div>
        <div className="roundtable-rosh">
          {RISK_GROUPS.map(({ key, label }) => {
            const value = pending?.group === key ? pending.level : current(key);
            return (
              <div className="govuk-form-group" key={key}>
                <label className="govuk-label" htmlFor={`rosh-${key}`}>
                  {label}
                </label>
                <select
                  className="govuk-select"
                  id={`rosh-${key}`}
                  name={`rosh-${key}`}
                  value={value}
                  disabled={!rosh || !personId || saving}
                  onChange={(event) => choose(key, event.target.value)}
                >
                  {Object.entries(ROSH_LEVEL_LABELS).map(([level, text]) => (
                    <option key={level} value={level}>
                      {text}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      </fieldset>
      {pending && (
        <form className="roundtable-rosh-reason" noValidate onSubmit={(event) => void save(event)} data-testid="rosh-reason-form">
          <ErrorSummary errors={error ? [{ field: REASON_FIELD, message: error }] : []} />
          <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={REASON_FIELD}>
              Why is the risk to {RISK_TO[pending.group]} changing from {ROSH_LEVEL_LABELS[current(pending.group)] ?? current(pending.group)} to{' '}
              {ROSH_LEVEL_LABELS[pending.level] ?? pending.level}?
            </label>
            <div id={`${REASON_FIELD}-hint`} className="govuk-hint">
              Everyone in the room sees the new level once you save it. Cancel to keep the current level.
            </div>
            {error && (
              <p id={`${REASON_FIELD}-error`} className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <textarea
              ref={reasonRef}
              className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
              id={REASON_FIELD}
              name={REASON_FIELD}
              rows={3}
              maxLength={2000}
              aria-describedby={`${REASON_FIELD}-hint${error ? ` ${REASON_FIELD}-error` : ''}`}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={saving}>
              Save risk level
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={cancel}>
              Cancel<span className="govuk-visually-hidden"> the risk level change</span>
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
