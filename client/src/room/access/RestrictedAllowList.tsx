// The chair's choice of agencies allowed into one person's restricted section (the chair's agency is always sent).
import { useEffect, useState } from 'react';
import { restrictedAgencyIds } from './restrictedAgencies';
import { AgencyChoice } from './AgencyChoice';
import { sameIds } from './sameIds';
import { accessApi } from './accessApi';
import { agencyName, type RoomAccessValue } from './RoomAccess';
import { ReadOnlyField } from '../case/ReadOnlyRows';
import { useRoom } from '../RoomContext';

interface Props {
  access: RoomAccessValue;
  personId: string;
  announce(message: string): void;
}

export function RestrictedAllowList({ access, personId, announce }: Props) {
  const { readOnly } = useRoom();
  const { meeting, agencies, chairAgencyId } = access;
  const current = restrictedAgencyIds(meeting.view, personId, chairAgencyId);
  // Ticks not yet shown by the meeting as the server holds it (null: none).
  const [draft, setDraft] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selected = draft ?? current;
  // Saved ticks stay on screen until the meeting, re-read, shows them; unsaved ones are kept.
  const withChair = (ids: string[]) => [...ids, ...(chairAgencyId ? [chairAgencyId] : [])];
  const currentKey = JSON.stringify(current);
  useEffect(() => setDraft((ticks) => (ticks && sameIds(withChair(ticks), withChair(current)) ? null : ticks)), [currentKey]);

  const save = () => {
    const agencyIds = [...new Set(withChair(selected))];
    setSaving(true);
    setError(null);
    accessApi
      .setRestrictedAgencies(meeting.view._id, personId, agencyIds)
      .then(
        () => {
          meeting.refresh();
          announce(`Saved: ${agencyIds.map((id) => agencyName(agencies, id)).join(', ')} can see this section`);
        },
        (err: unknown) => setError((err as Error).message),
      )
      .finally(() => setSaving(false));
  };

  if (readOnly)
    return (
      <div className="roundtable-access-panel" data-restricted-allow-list>
        <ReadOnlyField label="Agencies allowed into this section" value={[...new Set(withChair(current))].map((id) => agencyName(agencies, id)).join(', ')} />
      </div>
    );

  return (
    <div className="govuk-form-group roundtable-access-panel" data-restricted-allow-list>
      {error && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <AgencyChoice
        idPrefix={`restricted-${personId}`}
        legend="Agencies allowed into this section"
        asHeading
        hint="Their members see this section at once; agencies you untick lose it at once."
        agencies={agencies}
        selected={selected}
        locked={chairAgencyId}
        lockedNote="chair’s agency, always allowed"
        disabled={saving}
        onChange={setDraft}
      />
      <button type="button" className="govuk-button govuk-!-margin-top-4" data-module="govuk-button" disabled={saving} onClick={save}>
        Save who can see this
      </button>
    </div>
  );
}
