// Tracked actions from a panel's earlier meetings as a later meeting reviews them ("Previous actions" in the room):
// which stay listed, which wait for the panel to decide what follows, and what the close records of the review.
// Pure, so the server, the close and the room agree.
import type { TrackedAction, TrackedActionReview } from '../domain/actions.js';
import { isOpenStatus } from '../domain/actionStatus.js';

/** The standing agenda item where the panel reviews its earlier actions ("Review of previous actions"). */
export function isActionReviewItem(item: { kind?: string; title?: string; personId?: string }): boolean {
  return !item.personId && item.kind !== 'case' && /previous actions/i.test(item.title ?? '');
}

/** The review facts a tracked action carries beside its usual fields. */
export type ReviewFacts = Pick<TrackedAction, 'meetingId' | 'status' | 'panelDecision' | 'reviewChanges'>;

/** "Could not be done" and the panel has not yet decided to close it. */
export function awaitsPanelDecision(action: Pick<ReviewFacts, 'status' | 'panelDecision'>): boolean {
  return action.status === 'could-not-be-done' && action.panelDecision?.outcome !== 'close';
}

/**
 * Listed in a later meeting: still open, or could not be done and not yet closed by the panel, or closed by this
 * very meeting's decision, or changed during this meeting (so what the meeting did stays in sight until it closes).
 */
export function isListedInMeeting(action: ReviewFacts, meetingId: string): boolean {
  if (action.meetingId === meetingId) return false;
  if (isOpenStatus(action.status) || awaitsPanelDecision(action)) return true;
  if (action.panelDecision?.meetingId === meetingId) return true;
  return (action.reviewChanges ?? []).some((change) => change.meetingId === meetingId);
}

/** What the review reads of a tracked action. */
export type ReviewSource = Pick<TrackedAction, '_id' | 'meetingId' | 'meetingTitle' | 'text' | 'agencyId' | 'owner' | 'personId' | 'dueDate' | 'status' | 'panelDecision' | 'reviewChanges'>;

/** What a meeting reviewed of its panel's earlier actions and what it changed, for its closed record. */
export function reviewedActions(actions: ReviewSource[], meetingId: string): TrackedActionReview[] {
  return actions
    .filter((action) => isListedInMeeting(action, meetingId))
    .map((action): TrackedActionReview => {
      const decision = action.panelDecision?.meetingId === meetingId ? action.panelDecision : undefined;
      return {
        id: action._id,
        fromMeetingId: action.meetingId,
        fromMeetingTitle: action.meetingTitle,
        text: action.text,
        agencyId: action.agencyId,
        ...(action.owner ? { owner: action.owner } : {}),
        ...(action.personId ? { personId: action.personId } : {}),
        dueDate: action.dueDate,
        status: action.status,
        changes: (action.reviewChanges ?? [])
          .filter((change) => change.meetingId === meetingId)
          .map(({ at, byName, from, to, note }) => ({ at, byName, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(note ? { note } : {}) })),
        ...(decision ? { panelDecision: { at: decision.at, byName: decision.byName, outcome: decision.outcome, reason: decision.reason } } : {}),
      };
    })
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id));
}
