// After the close, on the page of someone whose changes never reached the meeting: what this device kept,
// and "Send to the chair as a late addition". Kept in the browser's storage, so it survives a reload.
import { useState } from 'react';
import { ukDateTime } from '../../../../shared/format';
import { SummaryList } from '../../components/SummaryList';
import type { HeldChanges as Held } from '../../live/useHeldChanges';
import { useRoom } from '../RoomContext';

export function HeldChanges({ held: { held, checking, send, discard } }: { held: Held }) {
  const { caseTitle, readOnly, user } = useRoom();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const unsent = held.filter((h) => !h.sentAt);
  const sent = held.filter((h) => h.sentAt);
  // Observers and guests never wrote anything to keep.
  if (user.role === 'observer' || (!readOnly && !held.length)) return null;
  if (!held.length) return checking ? <p className="govuk-body govuk-hint">Checking that the record holds all your changes…</p> : null;

  const onSend = async (docName: string) => {
    setBusy(docName);
    setError(null);
    try {
      await send(docName);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const where = (personId: string | null) => (personId ? caseTitle(personId) || 'A case' : 'Standing items');

  return (
    <div className="roundtable-held" data-held-count={unsent.length}>
      {unsent.length > 0 && (
        <div className="govuk-notification-banner" role="region" aria-labelledby="held-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="held-title">
              Not in the record
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Your changes did not reach the meeting before it closed</p>
            <p className="govuk-body">
              They are kept on this device. Send them to the chair as a late addition: the chair can accept them into the record as an amendment.
            </p>
            {error && (
              <p className="govuk-error-message" role="alert">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            {unsent.map((h) => (
              <div key={h.docName} className="roundtable-held__doc">
                <h3 className="govuk-heading-s">{where(h.personId)}</h3>
                <SummaryList rows={h.items.map((item) => ({ key: item.label, value: item.text }))} />
                <div className="govuk-button-group">
                  <button type="button" className="govuk-button" disabled={busy !== null} onClick={() => void onSend(h.docName)}>
                    Send to the chair as a late addition
                  </button>
                  <button type="button" className="govuk-button govuk-button--secondary" disabled={busy !== null} onClick={() => discard(h.docName)}>
                    Remove from this device<span className="govuk-visually-hidden"> ({where(h.personId)})</span>
                  </button>
                </div>
              </div>
            ))}
          </div>
        </div>
      )}
      {sent.length > 0 && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="region" aria-labelledby="held-sent-title">
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="held-sent-title">
              Sent
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            {sent.map((h) => (
              <p key={`${h.docName}-${h.sentAt}`} className="govuk-notification-banner__heading">
                Sent to the chair as a late addition on {ukDateTime(h.sentAt!)} ({where(h.personId)})
              </p>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
