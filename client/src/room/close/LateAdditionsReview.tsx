// The chair's list of late additions after the close: each participant's changes that arrived too late, to
// accept into the record (an audited amendment; the minutes show "Late amendment, accepted by …") or decline.
import { useCallback, useEffect, useState } from 'react';
import type { LateAddition } from '../../../../shared/domain/lateAdditions';
import { ukDateTime } from '../../../../shared/format';
import { SummaryList } from '../../components/SummaryList';
import { lateAdditionsApi } from '../../live/heldChanges';
import { useRoom } from '../RoomContext';
import { useAnnounce } from '../shell/RoomAnnouncer';

const REFRESH_MS = 5000;

export function LateAdditionsReview() {
  const { meetingId, caseTitle, directory } = useRoom();
  const announce = useAnnounce();
  const [items, setItems] = useState<LateAddition[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reasons, setReasons] = useState<Record<string, string>>({});

  const load = useCallback(async () => setItems((await lateAdditionsApi.list(meetingId)).items), [meetingId]);
  useEffect(() => {
    const refresh = () => void load().catch(() => {});
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const decide = async (addition: LateAddition, decision: 'accept' | 'decline') => {
    setBusy(true);
    setError(null);
    try {
      const reason = reasons[addition._id]?.trim();
      await lateAdditionsApi.decide(meetingId, addition._id, { decision, ...(reason ? { reason } : {}) });
      announce(decision === 'accept' ? `Accepted into the record as a late amendment from ${addition.submittedByName}` : `Declined the late addition from ${addition.submittedByName}`);
      await load();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (items.length === 0) return null;
  const agency = (id: string) => directory?.agency(id)?.shortName ?? directory?.agency(id)?.name ?? '';
  return (
    <section className="roundtable-late-additions" aria-labelledby="late-additions-title">
      <h2 className="govuk-heading-m" id="late-additions-title">
        Late additions
      </h2>
      <p className="govuk-body">Changes that had not reached the meeting when it closed. Accept them into the record as an amendment, or decline them.</p>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {items.map((addition) => (
        <div key={addition._id} className="roundtable-late-additions__item" data-late-addition={addition.state}>
          <h3 className="govuk-heading-s">
            From {addition.submittedByName}
            {agency(addition.agencyId) ? ` (${agency(addition.agencyId)})` : ''}, {addition.personId ? caseTitle(addition.personId) || 'a case' : 'standing items'}
          </h3>
          <p className="govuk-body-s">Sent {ukDateTime(addition.submittedAt)}</p>
          <SummaryList rows={addition.items.map((item) => ({ key: item.label, value: item.text }))} />
          {addition.state === 'pending' ? (
            <>
              <div className="govuk-form-group">
                <label className="govuk-label" htmlFor={`late-reason-${addition._id}`}>
                  Reason (optional)
                </label>
                <input
                  className="govuk-input"
                  id={`late-reason-${addition._id}`}
                  value={reasons[addition._id] ?? ''}
                  onChange={(event) => setReasons((r) => ({ ...r, [addition._id]: event.target.value }))}
                />
              </div>
              <div className="govuk-button-group">
                <button type="button" className="govuk-button" disabled={busy} onClick={() => void decide(addition, 'accept')}>
                  Accept into the record<span className="govuk-visually-hidden"> (from {addition.submittedByName})</span>
                </button>
                <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => void decide(addition, 'decline')}>
                  Decline<span className="govuk-visually-hidden"> (from {addition.submittedByName})</span>
                </button>
              </div>
            </>
          ) : (
            <p className="govuk-body">
              <strong className={`govuk-tag ${addition.state === 'accepted' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>
                {addition.state === 'accepted' ? 'Accepted' : 'Declined'}
              </strong>{' '}
              {addition.state === 'accepted' ? 'Late amendment, accepted' : 'Declined'} by {addition.decidedByName} on {ukDateTime(addition.decidedAt!)}
              {addition.reason ? `: ${addition.reason}` : ''}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
