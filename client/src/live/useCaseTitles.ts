// The real titles of case items, from case documents this page holds (the meeting document shows neutral ones): the
// REST snapshots of every case this user may open (useCaseSnapshots.ts) and the live document of the case on screen.
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { caseRoots, readItemTitles } from '../../../shared/live/caseDoc';

/** item id → real title, for every item of the snapshots and the live case document (which wins: it is newer). */
export function useCaseTitles(snapshots: Record<string, Y.Doc>, live: Y.Doc | null): Record<string, string> {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!live) return;
    const bump = () => setVersion((n) => n + 1);
    const map = caseRoots(live).item;
    map.observe(bump);
    return () => map.unobserve(bump);
  }, [live]);
  return useMemo(
    () => Object.assign({}, ...Object.values(snapshots).map((doc) => readItemTitles(doc)), live ? readItemTitles(live) : {}) as Record<string, string>,
    // `version` stands for the live document's titles.
    [snapshots, live, version],
  );
}
