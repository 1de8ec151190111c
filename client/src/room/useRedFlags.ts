// The red flags of one case, recomputed whenever its case document or the meeting's actions change.
import { useMemo } from 'react';
import type { Person } from '../../../shared/domain/records';
import { CASE, MEETING, readActions, readCase } from '../../../shared/live/layout';
import { computeRedFlags, type RedFlag } from '../../../shared/logic/redFlags';
import type { LiveDoc } from '../live/useYDoc';
import { useYObserved } from '../live/useYObserved';

export function useRedFlags(caseDoc: LiveDoc | null, meetingDoc: LiveDoc | null, person: Person | null): RedFlag[] {
  const caseVersion = useYObserved(caseDoc?.synced ? caseDoc.doc.getMap(CASE.risk) : null);
  const pathwaysVersion = useYObserved(caseDoc?.synced ? caseDoc.doc.getMap(CASE.pathways) : null);
  const checklistVersion = useYObserved(caseDoc?.synced ? caseDoc.doc.getMap(CASE.dayOfRelease) : null);
  const actionsVersion = useYObserved(meetingDoc?.doc.getMap(MEETING.actions));
  return useMemo(() => {
    if (!caseDoc?.synced || !meetingDoc || !person) return [];
    return computeRedFlags({
      person: { id: person._id, releaseDate: person.releaseDate },
      caseView: readCase(caseDoc.doc),
      actions: readActions(meetingDoc.doc),
      today: new Date(),
    });
    // The versions stand for the shared types' contents.
  }, [caseDoc, meetingDoc, person, caseVersion, pathwaysVersion, checklistVersion, actionsVersion]);
}
