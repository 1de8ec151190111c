// The chair's "Who takes part in this item" (GOV.UK details): everyone invited, or only the agencies ticked.
import { useEffect, useState } from 'react';
import { ReadOnlyField } from '../case/ReadOnlyRows';
import { AgencyChoice } from './AgencyChoice';
import { accessApi } from './accessApi';
import { LiveAnnouncement } from './LiveAnnouncement';
import { sameIds } from './sameIds';
import { agencyName, useRoomAccess } from './RoomAccess';
import { useRoom } from '../RoomContext';

export function ItemParticipation({ itemId, isCase }: { itemId: string; isCase: boolean }) {
  const { readOnly } = useRoom();
  const access = useRoomAccess();
  const saved = access?.meeting.view.itemAccess?.[itemId]?.agencyIds ?? null;
  // Unsaved choice: null for "Everyone invited".
  const [draft, setDraft] = useState<{ agencyIds: string[] | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A saved choice stays on screen until the meeting, re-read, shows it; an unsaved one is kept.
  // Keyed by value: the view is a new object on every re-read.
  const savedKey = JSON.stringify(saved);
  useEffect(() => setDraft((current) => (current && sameIds(current.agencyIds, saved) ? null : current)), [savedKey]);
  if (!access?.isChair || !isCase) return null;
  const chosen = draft ? draft.agencyIds : saved;
  const everyone = chosen === null;
  const prefix = `takes-part-${itemId}`;

  const save = () => {
    setSaving(true);
    setError(null);
    accessApi
      .setItemAgencies(access.meeting.view._id, itemId, chosen)
      .then(
        () => {
          access.meeting.refresh();
          setMessage(chosen === null ? 'Saved: everyone invited takes part in this item' : 'Saved: only the agencies ticked take part in this item');
        },
        (err: unknown) => setError((err as Error).message),
      )
      .finally(() => setSaving(false));
  };

  const agencyNames = (ids: string[]) => ids.map((id) => agencyName(access.agencies, id)).join(', ');

  return (
    <details className="govuk-details roundtable-item-participation" data-item-participation>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Who takes part in this item</span>
      </summary>
      <div className="govuk-details__text">
        {readOnly ? (
          <ReadOnlyField label="Who takes part" value={saved === null ? 'Everyone invited' : agencyNames(saved)} />
        ) : (
          <>
            <LiveAnnouncement message={message} />
            {error && (
              <p className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {error}
              </p>
            )}
            <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={`${prefix}-everyone`}
                  type="checkbox"
                  checked={everyone}
                  disabled={saving}
                  onChange={(event) => setDraft({ agencyIds: event.target.checked ? null : [] })}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`${prefix}-everyone`}>
                  Everyone invited
                </label>
              </div>
            </div>
            {!everyone && (
              <AgencyChoice
                idPrefix={prefix}
                legend="Agencies taking part"
                hint="Agencies not ticked see that they are not taking part, not the item."
                agencies={access.agencies}
                selected={chosen}
                disabled={saving}
                onChange={(agencyIds) => setDraft({ agencyIds })}
              />
            )}
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-top-4" disabled={saving} onClick={save}>
              Save who takes part
            </button>
          </>
        )}
      </div>
    </details>
  );
}
