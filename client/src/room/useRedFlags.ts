// The red flags of one case, recomputed whenever its case document (assessment, plan, checklist, actions) changes.
import { useMemo } from 'react';
import type { Person } from '../../../shared/domain/records';
import { CASE } from '../../../shared/live/layout';
import { caseDocRedFlags, type RedFlag } from '../../../shared/logic/redFlags';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';

export function useRedFlags(caseDoc: LiveDoc | null, person: Person | null): RedFlag[] {
  const synced = caseDoc?.synced ? caseDoc.doc : null;
  const caseVersion = useYObserved(synced?.getMap(CASE.risk));
  const pathwaysVersion = useYObserved(synced?.getMap(CASE.pathways));
  const checklistVersion = useYObserved(synced?.getMap(CASE.dayOfRelease));
  const actionsVersion = useYObserved(synced?.getMap(CASE.actions));
  return useMemo(() => {
    if (!synced || !person) return [];
    return caseDocRedFlags(synced, { id: person._id, releaseDate: person.releaseDate }, new Date());
    // The versions stand for the shared types' contents.
  }, [synced, person, caseVersion, pathwaysVersion, checklistVersion, actionsVersion]);
}
