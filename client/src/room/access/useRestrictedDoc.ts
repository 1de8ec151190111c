// The person's restricted document while, and only while, the server lets this user open it (liveDocuments, and no 4403 close).
import { useEffect, useRef, useState } from 'react';
import type { AwarenessUser } from '../../live/awarenessUser';
import { discardDoc } from '../../live/docPool';
import { offeredRestrictedDoc } from '../../live/liveDocuments';
import { useYDoc, type LiveDoc } from '../../live/useYDoc';
import type { LiveMeetingView } from './useMeetingView';

interface Refusal {
  name: string;
  /** The latest meeting request made when the server refused: only a later answer may offer it again. */
  after: number;
}

export function useRestrictedDoc(meeting: LiveMeetingView, personId: string | undefined, user: AwarenessUser | null): LiveDoc | null {
  const offered = offeredRestrictedDoc(meeting.view, personId);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const blocked = refusal !== null && refusal.name === offered && meeting.seq <= refusal.after;
  const name = blocked ? null : offered;
  const live = useYDoc(name, user);

  // Refusals in a row without the document ever syncing: ask the server again only once.
  const strikes = useRef(0);
  const refusedCode = live?.refusedCode ?? null;
  const liveName = live?.name;
  const synced = live?.synced ?? false;
  const { requested, refresh } = meeting;
  useEffect(() => {
    if (synced) strikes.current = 0;
  }, [synced]);
  useEffect(() => {
    if (!liveName || refusedCode === null) return;
    setRefusal({ name: liveName, after: requested() });
    // The `meeting:state` of the same change normally follows; ask anyway in case it does not.
    if (strikes.current++ === 0) refresh();
  }, [liveName, refusedCode, requested, refresh]);

  // A document given up because access went (not because the user moved to another case) must not
  // linger in the pool: its provider would keep the content, and a refused one would never reconnect.
  const previous = useRef<{ name: string | null; refused: boolean }>({ name: null, refused: false });
  const liveDocuments = meeting.view.liveDocuments;
  useEffect(() => {
    const before = previous.current;
    const withdrawn = before.name !== null && !(liveDocuments ?? []).some((ref) => ref.name === before.name);
    if (before.name && before.name !== name && (before.refused || withdrawn)) discardDoc(before.name);
    previous.current = { name, refused: refusedCode !== null };
  }, [name, refusedCode, liveDocuments]);

  return live && live.refusedCode === null ? live : null;
}
