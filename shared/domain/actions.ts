// The three kinds of action, named the same in types, files, routes and the client (docs/ARCHITECTURE.md, glossary):
//   LiveAction      agreed in a meeting, held in its live Yjs document (a case's, or the meeting's for a standing
//                   item) until the close; REST /api/meetings/:id/actions, services/liveActions.ts, room/actions/.
//   TrackedAction   the stored record the close makes of each live action (collection `actions`), updated between
//                   meetings; REST /api/actions, services/trackedActions.ts, pages/actions/. A later meeting of the
//                   same panel reviews its panel's earlier tracked actions ("Previous actions" in the room: the
//                   tracked action *in review*, services/trackedActionReview.ts).
//   AgencyListLine  one line of an agency's action list at close (its own actions and those carried over).
import type { PathwayKey } from '../live/caseFields.js';
import type { ActionStatus } from './schemas.js';
import type { LIVE_ACTION_STATUSES } from './actionStatus.js';

type LiveActionStatus = (typeof LIVE_ACTION_STATUSES)[number];

/** A live action as plain values (its text is a Y.Text in the document). */
export interface LiveAction {
  id: string;
  text: string;
  agencyId: string;
  owner?: string;
  /** Absolute due date (YYYY-MM-DD) … */
  dueDate?: string | null;
  /** … or days relative to the person's release: negative before, positive after. */
  dueRelativeDays?: number | null;
  personId?: string;
  pathway?: PathwayKey;
  itemId?: string;
  status: LiveActionStatus;
  createdBy: string;
  createdAt: string;
}

/** What a tracked action is, in the frozen record and in the store alike. */
interface TrackedActionCore {
  liveId: string;
  text: string;
  agencyId: string;
  owner?: string;
  /** Calendar date, resolved from a date relative to release where that is how it was set. */
  dueDate: string | null;
  dueRelativeDays?: number | null;
  personId?: string;
  pathway?: string;
  status: ActionStatus;
  createdAt: string;
}

/** A tracked action as the closed record keeps it: as it stood at the close. */
export interface TrackedActionAtClose extends TrackedActionCore {
  /** `${meetingId}:${liveId}`: the id of the tracked action created at close. */
  id: string;
  itemId?: string;
  createdBy: string;
}

export const PANEL_DECISION_OUTCOMES = ['close', 'reopen'] as const;
export type PanelDecisionOutcome = (typeof PANEL_DECISION_OUTCOMES)[number];

/** What the panel decided, in a later meeting, about a tracked action that could not be done. */
export interface PanelDecision {
  at: string;
  by: string;
  byName: string;
  /** The meeting that decided. */
  meetingId: string;
  outcome: PanelDecisionOutcome;
  reason: string;
}

/** A change made to a tracked action while a later meeting reviewed it. */
export interface ReviewChange {
  at: string;
  by: string;
  byName: string;
  meetingId: string;
  from?: ActionStatus;
  to?: ActionStatus;
  note?: string;
}

interface ProgressNote {
  at: string;
  by: string;
  byName: string;
  text: string;
  status?: ActionStatus;
}

/** A tracked action in the store (collection `actions`): created at close, then tracked between meetings. */
export interface TrackedAction extends TrackedActionCore {
  _id: string;
  meetingId: string;
  panelId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  progressNotes: ProgressNote[];
  updatedAt?: string;
  /** Who added it in the meeting (tracked records made before this was kept have none). */
  createdBy?: string;
  /** Set when a release-date change moved this release-relative due date: the date before, and when. */
  previousDueDate?: string | null;
  dueDateMovedAt?: string;
  /** The release-date change (its person event) that moved it. */
  dueDateChangeId?: string;
  /** Set when a later meeting of the panel decided what follows an action that could not be done. */
  panelDecision?: PanelDecision;
  /** Changes made while later meetings reviewed it, in order. */
  reviewChanges?: ReviewChange[];
}

/** What the closed record of a meeting keeps of one tracked action it reviewed, and of what it changed. */
export interface TrackedActionReview {
  /** The tracked action's id. */
  id: string;
  fromMeetingId: string;
  fromMeetingTitle: string;
  text: string;
  agencyId: string;
  owner?: string;
  personId?: string;
  dueDate: string | null;
  /** Status when the meeting closed. */
  status: ActionStatus;
  /** Changes made during this meeting, in order. */
  changes: { at: string; byName: string; from?: ActionStatus; to?: ActionStatus; note?: string }[];
  panelDecision?: { at: string; byName: string; outcome: PanelDecisionOutcome; reason: string };
}

/** What an agency may see of a case on its list: never assessment or restricted content. */
export interface CaseContext {
  personId: string;
  name: string;
  caseReference: string;
  releaseDate: string | null;
}

/** One line of an agency's list, whether from this meeting or carried over; also how a tracked action is listed. */
export interface AgencyListLine {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  text: string;
  owner: string | null;
  dueDate: string | null;
  dueRelativeDays: number | null;
  /** The due date before a release-date change moved it ("was 4 Dec, now 3 Dec"); absent when it never moved. */
  previousDueDate?: string | null;
  overdue: boolean;
  status: ActionStatus;
  pathway: string | null;
  pathwayLabel: string | null;
  case: CaseContext | null;
  progressNotes: { at: string; by: string; text: string }[];
}
