// The agenda as the meeting document holds it now (the chair may reorder it during the meeting).
import { useMemo } from 'react';
import { meetingRoots, readAgenda, type AgendaView } from '../../../../shared/live/meetingDoc';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';

export function useAgenda(live: LiveDoc | null): AgendaView[] {
  const roots = live ? meetingRoots(live.doc) : undefined;
  const orderVersion = useYObserved(roots?.agendaOrder);
  const itemsVersion = useYObserved(roots?.agendaItems);
  return useMemo(() => {
    if (!live) return [];
    // A concurrent reorder can leave an id twice; the first place wins.
    const seen = new Set<string>();
    return readAgenda(live.doc).filter((item) => !seen.has(item.id) && seen.add(item.id));
    // The versions are the dependencies: they change when the shared types do.
  }, [live, orderVersion, itemsVersion]);
}
