// Tracked actions reviewed in a later meeting of the same panel ("Previous actions" in the room): listed per
// person under each case item and for the whole panel under the review item, each filtered by the policy; status
// and progress notes updated in the room through the tracked-actions service (same policy and audit as between
// meetings); the panel's decision about an action that could not be done; and what the close records of the review.
import type { Meeting, PublicUser, SharingBasis } from '../../shared/domain/records.js';
import { toAgencyListLine } from '../../shared/logic/agencyList.js';
import { awaitsPanelDecision, isListedInMeeting, reviewedActions } from '../../shared/logic/trackedActionReview.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import type { TrackedActionForFlags } from '../../shared/logic/redFlags.js';
import { authorize, can, reviewsAction } from '../policy/index.js';
import type { Store } from '../store/port.js';
import { Conflict, Forbidden, NotFound } from '../errors.js';
import type { AuditService } from './audit.js';
import { caseContexts } from './agencyLists.js';
import type { DomainEventBus } from './events.js';
import type { MeetingService } from './meetings.js';
import type { TrackedActionService } from './trackedActions.js';
import { type PanelDecision, type ReviewChange, type TrackedAction, type TrackedActionReview } from '../../shared/domain/actions.js';
import type { PanelDecisionInput, TrackedActionInReview, TrackedActionPatch, TrackedActionReviewList } from '../../shared/api/trackedActions.js';
import { OPEN_ACTION_STATUSES } from '../../shared/domain/actionStatus.js';

const LISTED_STATUSES = [...OPEN_ACTION_STATUSES, 'could-not-be-done'];

/** Sharing bases towards the meeting's panel: another panel's actions about people on its agenda then show in it. */
function basesTowards(store: Store, meeting: Meeting): Promise<SharingBasis[]> {
  return store.collection('sharingBases').find({ toPanelId: meeting.panelId });
}

/** The earlier actions this meeting lists (no permission check: for the close): its panel's, and shared ones. */
async function listedActions(store: Store, meeting: Meeting, bases?: SharingBasis[]): Promise<TrackedAction[]> {
  const shared = bases ?? (await basesTowards(store, meeting));
  const found = await store.collection('actions').find({
    panelId: { $in: [meeting.panelId, ...shared.map((b) => b.fromPanelId)] },
    meetingId: { $ne: meeting._id },
    $or: [{ status: { $in: LISTED_STATUSES } }, { 'reviewChanges.meetingId': meeting._id }, { 'panelDecision.meetingId': meeting._id }],
  });
  return found.filter((action) => reviewsAction(meeting, action, shared) && isListedInMeeting(action, meeting._id));
}

/** The earlier actions a meeting lists, as its red flags count them (no permission check: for the close review). */
export async function trackedActionsForFlags(store: Store, meeting: Meeting): Promise<TrackedActionForFlags[]> {
  return (await listedActions(store, meeting)).map((a) => ({
    id: a._id,
    text: a.text,
    personId: a.personId ?? null,
    pathway: a.pathway ?? null,
    dueDate: a.dueDate,
    status: a.status,
    meetingTitle: a.meetingTitle,
  }));
}

/** What a meeting reviewed of its panel's earlier actions and what it changed: part of its closed record. */
export async function reviewedActionsFor(store: Store, meeting: Meeting): Promise<TrackedActionReview[]> {
  return reviewedActions(await listedActions(store, meeting), meeting._id);
}

export function trackedActionReviewService(deps: { store: Store; audit: AuditService; events: DomainEventBus; meetings: MeetingService; trackedActions: TrackedActionService }) {
  const { store, audit, events, meetings, trackedActions } = deps;
  const actions = store.collection('actions');
  const meetingStore = store.collection('meetings');

  async function originsOf(found: TrackedAction[]): Promise<Map<string, Meeting>> {
    const ids = [...new Set(found.map((a) => a.meetingId))];
    const origins = ids.length ? await meetingStore.find({ _id: { $in: ids } }) : [];
    return new Map(origins.map((m) => [m._id, m]));
  }

  async function views(user: PublicUser, meeting: Meeting, found: TrackedAction[], bases: SharingBasis[]): Promise<TrackedActionInReview[]> {
    const origins = await originsOf(found);
    const visible = found.filter((action) => can(user, 'tracked-action-review:read', { meeting, action, origin: origins.get(action.meetingId) ?? null, bases }));
    const today = ukToday();
    const contexts = await caseContexts(store, visible.map((a) => a.personId));
    return visible
      .map((action): TrackedActionInReview => {
        const subject = { meeting, action, origin: origins.get(action.meetingId) ?? null, bases };
        return {
          ...toAgencyListLine(action, (action.personId && contexts.get(action.personId)) || null, today),
          agencyId: action.agencyId,
          personId: action.personId ?? null,
          awaitingDecision: awaitsPanelDecision(action),
          panelDecision: action.panelDecision ?? null,
          changesHere: (action.reviewChanges ?? []).filter((c) => c.meetingId === meeting._id),
          canUpdate: meeting.status !== 'closed' && can(user, 'tracked-action:update', { action, meeting: subject.origin }),
          canDecide: awaitsPanelDecision(action) && can(user, 'tracked-action-review:decide', subject),
        };
      })
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id.localeCompare(b.id));
  }

  /** The action, checked to be one this meeting lists and this user may see. */
  async function reviewable(user: PublicUser, meeting: Meeting, actionId: string) {
    const action = await actions.findOne({ _id: actionId });
    const bases = await basesTowards(store, meeting);
    if (!action || !reviewsAction(meeting, action, bases) || !isListedInMeeting(action, meeting._id)) throw new NotFound('Action');
    const origin = await meetingStore.findOne({ _id: action.meetingId });
    const subject = { meeting, action, origin, bases };
    if (!can(user, 'tracked-action-review:read', subject)) throw new Forbidden("You can only see your own agency's actions");
    if (meeting.status === 'closed') throw new Conflict('The meeting is closed');
    return { action, subject };
  }

  // A change made between meetings (or in one room) reaches the open rooms of the same panel.
  events.on('actions:changed', (meetingId: string) => {
    void (async () => {
      const changed = await meetingStore.findOne({ _id: meetingId });
      if (!changed || changed.status !== 'closed') return;
      // Also the panels that review this panel's actions about their people under a sharing basis.
      const sharedWith = (await store.collection('sharingBases').find({ fromPanelId: changed.panelId })).map((b) => b.toPanelId);
      const open = await meetingStore.find({ panelId: { $in: [changed.panelId, ...sharedWith] }, status: { $ne: 'closed' } });
      for (const meeting of open) events.emit('actions:changed', meeting._id);
    })().catch(() => undefined);
  });

  return {
    async list(user: PublicUser, meetingId: string, personId?: string): Promise<TrackedActionReviewList> {
      const meeting = await meetings.getFor(user, meetingId);
      if (user.role === 'guest') throw new Forbidden('Guests see actions only within their meeting');
      const bases = await basesTowards(store, meeting);
      const found = (await listedActions(store, meeting, bases)).filter((a) => personId === undefined || a.personId === personId);
      return { meetingId, today: ukToday(), actions: await views(user, meeting, found, bases) };
    },

    async update(user: PublicUser, meetingId: string, actionId: string, patch: TrackedActionPatch): Promise<TrackedActionInReview> {
      const meeting = await meetings.getFor(user, meetingId);
      const { action, subject } = await reviewable(user, meeting, actionId);
      // The tracked-actions service applies the same policy and audit as between meetings.
      await trackedActions.update(user, actionId, patch);
      const change: ReviewChange = {
        at: new Date().toISOString(),
        by: user._id,
        byName: user.displayName,
        meetingId,
        ...(patch.status && patch.status !== action.status ? { from: action.status, to: patch.status } : {}),
        ...(patch.progressNote ? { note: patch.progressNote } : {}),
      };
      const updated = (await actions.findOneAndUpdate({ _id: actionId }, { $push: { reviewChanges: change } }))!;
      events.emit('actions:changed', meetingId);
      return (await views(user, meeting, [updated], subject.bases))[0];
    },

    async decide(user: PublicUser, meetingId: string, actionId: string, input: PanelDecisionInput): Promise<TrackedActionInReview> {
      const meeting = await meetings.getFor(user, meetingId);
      const { action, subject } = await reviewable(user, meeting, actionId);
      authorize(user, 'tracked-action-review:decide', subject);
      if (!awaitsPanelDecision(action)) throw new Conflict('Only an action that could not be done waits for the panel to decide what follows');
      const at = new Date().toISOString();
      const decision: PanelDecision = { at, by: user._id, byName: user.displayName, meetingId, outcome: input.outcome, reason: input.reason };
      const reopen = input.outcome === 'reopen';
      const words = reopen ? `Panel decision: re-opened. ${input.reason}` : `Panel decision: closed. ${input.reason}`;
      const change: ReviewChange = { at, by: user._id, byName: user.displayName, meetingId, ...(reopen ? { from: action.status, to: 'open' as const } : {}), note: words };
      const updated = (await actions.findOneAndUpdate(
        { _id: actionId },
        {
          $set: { panelDecision: decision, updatedAt: at, ...(reopen ? { status: 'open' } : {}) },
          $push: { progressNotes: { at, by: user._id, byName: user.displayName, text: words, ...(reopen ? { status: 'open' as const } : {}) }, reviewChanges: change },
        },
      ))!;
      await audit.record(user._id, 'action.panel-decision', 'action', actionId, { meetingId, outcome: input.outcome });
      events.emit('actions:changed', meetingId);
      return (await views(user, meeting, [updated], subject.bases))[0];
    },
  };
}
