// The case document of the item on screen, when the server offers it to this user, and whether they are refused it
// (not offered, or its socket closed with 4403): then the item shows "You do not take part in this case". On standby
// (while the case's restricted section is shown) it keeps its content but gives up its socket to that section's.
import { useEffect } from 'react';
import type { AwarenessUser } from '../../live/awarenessUser';
import { discardDoc } from '../../live/docPool';
import { offeredCaseDoc, type MeetingWithLiveDocuments } from '../../live/liveDocuments';
import { useYDoc, type LiveDoc } from '../../live/useYDoc';

export interface CaseDocState {
  live: LiveDoc | null;
  /** The item is a case this user may not see. */
  refused: boolean;
}

export function useCaseDoc(meeting: MeetingWithLiveDocuments, personId: string | undefined, user: AwarenessUser | null, standby = false): CaseDocState {
  const name = offeredCaseDoc(meeting, personId);
  const live = useYDoc(name, user, standby);
  const refusedCode = live?.refusedCode ?? null;
  // A refused document must not linger in the pool: a later offer has to connect afresh.
  useEffect(() => {
    if (name && refusedCode !== null) return () => discardDoc(name);
  }, [name, refusedCode]);
  if (!personId) return { live: null, refused: false };
  return { live: live && refusedCode === null ? live : null, refused: !name || refusedCode !== null };
}
