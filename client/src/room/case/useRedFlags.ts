// The red flags of one case, recomputed whenever its case document (assessment, plan, checklist, actions) changes, or
// the person's actions from earlier meetings do (they own needs and can be overdue).
import { useMemo } from 'react';
import type { Person } from '../../../../shared/domain/records';
import { caseRoots } from '../../../../shared/live/caseDoc';
import { caseDocRedFlags, type RedFlag } from '../../../../shared/logic/redFlags';
import type * as Y from 'yjs';
import { useYObserved } from '../../live/useYObserved';
import { useTrackedActionsForFlags } from '../actions/useTrackedActionsInReview';
import { useReleaseConfirmation } from './useReleaseConfirmation';

/** `caseDoc`: a live case document (LiveDoc), or a read-only snapshot of one ({ doc, synced: true }). */
export function useRedFlags(caseDoc: { doc: Y.Doc; synced: boolean; shown?: boolean } | null, person: Person | null): RedFlag[] {
  // `shown`: synced once on this page. While the link is down the flags stay, as last confirmed (see RedFlagList).
  const synced = caseDoc?.synced || caseDoc?.shown ? caseDoc.doc : null;
  const roots = synced ? caseRoots(synced) : undefined;
  const caseVersion = useYObserved(roots?.risk);
  const pathwaysVersion = useYObserved(roots?.pathways);
  const checklistVersion = useYObserved(roots?.dayOfRelease);
  const actionsVersion = useYObserved(roots?.actions);
  const carried = useTrackedActionsForFlags(person?._id);
  // A release that did not happen is a red flag of its own (the lead agency's confirmation, between meetings).
  const confirmation = useReleaseConfirmation(person?._id);
  return useMemo(() => {
    if (!synced || !person) return [];
    return caseDocRedFlags(synced, { id: person._id, releaseDate: person.releaseDate, releaseConfirmation: confirmation }, new Date(), carried);
    // The versions stand for the shared types' contents.
  }, [synced, person, caseVersion, pathwaysVersion, checklistVersion, actionsVersion, carried, confirmation]);
}
