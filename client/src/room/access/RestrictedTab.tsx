// The restricted tab of one case: its fields for those the server lets open it, else who holds it and "Ask for access"; the chair also manages who may see it.
import { useEffect, useRef, useState } from 'react';
import { parseDocName } from '../../../../shared/live/docNames';
import { offeredRestrictedDoc } from '../../live/liveDocuments';
import type { LiveDoc } from '../../live/useYDoc';
import { AccessRequests } from './AccessRequests';
import { LiveAnnouncement } from './LiveAnnouncement';
import { RestrictedAllowList } from './RestrictedAllowList';
import { RestrictedFields } from './RestrictedFields';
import { RestrictedPlaceholder } from './RestrictedPlaceholder';
import { useRoomAccess } from './RoomAccess';
import { useRoom } from '../RoomContext';
import { useRestrictedStatus } from './useRestrictedStatus';

export interface RestrictedTabProps {
  /** The restricted document, only while the server lets this user open it. */
  live: LiveDoc | null;
  /** Name of the case document the section belongs to (it names the meeting and the person). */
  forCase: string;
}

export function RestrictedTab({ live, forCase }: RestrictedTabProps) {
  const { readOnly } = useRoom();
  const access = useRoomAccess();
  const scope = parseDocName(forCase);
  const personId = scope?.personId;
  const meetingId = scope?.meetingId ?? '';
  // What the server says now, not what the page loaded with.
  const offered = access ? offeredRestrictedDoc(access.meeting.view, personId) !== null : live !== null;
  const status = useRestrictedStatus(meetingId, personId, access?.meeting.seq ?? 0, !offered);
  const [announcement, setAnnouncement] = useState('');

  const wasOffered = useRef(offered);
  useEffect(() => {
    if (wasOffered.current === offered) return;
    wasOffered.current = offered;
    setAnnouncement(offered ? 'The chair has let your agency into this restricted section' : 'The chair has withdrawn your agency’s access to this restricted section');
  }, [offered]);
  // Null until the status first arrives: a request made before this page opened is not news.
  const requested = status.status ? status.status.requested : null;
  const wasRequested = useRef(requested);
  useEffect(() => {
    const before = wasRequested.current;
    wasRequested.current = requested;
    if (before === false && requested === true) setAnnouncement('Access requested: the chair will decide');
  }, [requested]);

  return (
    <div className="roundtable-restricted-tab">
      <LiveAnnouncement message={announcement} />
      {live ? (
        <RestrictedFields live={live} />
      ) : offered ? (
        <p className="govuk-body">Checking your access to this section…</p>
      ) : (
        <RestrictedPlaceholder {...status} />
      )}
      {access?.isChair && personId && (
        <>
          <RestrictedAllowList access={access} personId={personId} announce={setAnnouncement} />
          {!readOnly && <AccessRequests access={access} personId={personId} announce={setAnnouncement} />}
        </>
      )}
    </div>
  );
}
