// Tracked actions in review: in a later meeting of the same panel ("Previous actions" in the room), who sees them
// under a case item or the review item, and who records what the panel decided about one that could not be done.
import type { Meeting, PublicUser, SharingBasis } from '../../shared/domain/records.js';
import { canReadTrackedAction } from './trackedActions.js';
import { canReadCase } from './cases.js';
import { chairsMeeting, isActive } from './meetings.js';
import { mayCarryAssessment } from './panels.js';

export interface TrackedActionInReviewSubject {
  /** The meeting the action is reviewed in. */
  meeting: Meeting;
  /** The tracked action, with the panel and meeting it was agreed in. */
  action: { agencyId: string; meetingId: string; panelId: string; personId?: string };
  /** The meeting that created the action (its chair may always see it). */
  origin: Meeting | null;
  /** Sharing bases recorded towards this meeting's panel: another panel's action about a person may then show here. */
  bases?: SharingBasis[];
}

/**
 * An earlier action this meeting reviews: one of its own panel's, or one of another panel's about a person on this
 * agenda when a sharing basis lets that panel's assessments carry into this one (the rule for carried assessments).
 */
export function reviewsAction(meeting: Meeting, action: TrackedActionInReviewSubject['action'], bases: SharingBasis[] = []): boolean {
  if (action.meetingId === meeting._id) return false;
  if (action.panelId === meeting.panelId) return true;
  const onAgenda = !!action.personId && meeting.agenda.some((item) => item.personId === action.personId);
  return onAgenda && mayCarryAssessment(action.panelId, meeting.panelId, bases);
}

/**
 * In a meeting, an earlier action shows to: its owning agency and the chair of the meeting that agreed it (as
 * between meetings); this meeting's chair when it is an action this meeting reviews (its panel's, or another panel's
 * under a sharing basis); and, for such an action about a person on this agenda, whoever takes part in that person's
 * case here (`case:read`). A standing action (no person) of the same panel shows to this meeting's attendees; another
 * panel's standing actions never do. Never to guests, never outside the meeting.
 */
export function canReadTrackedActionInReview(user: PublicUser, { meeting, action, origin, bases }: TrackedActionInReviewSubject): boolean {
  if (!isActive(user) || user.role === 'guest') return false;
  const inMeeting = chairsMeeting(user, meeting) || meeting.attendeeIds.includes(user._id);
  if (!inMeeting) return false;
  if (canReadTrackedAction(user, { action, meeting: origin })) return true;
  if (!reviewsAction(meeting, action, bases)) return false;
  if (chairsMeeting(user, meeting)) return true;
  if (action.personId) return canReadCase(user, { meeting, personId: action.personId });
  return true;
}

/**
 * What follows an action that could not be done (close it, or re-open it): the chair of a meeting of the same
 * panel, while that meeting is not closed.
 */
export function canDecideTrackedActionInReview(user: PublicUser, subject: TrackedActionInReviewSubject): boolean {
  const { meeting, action } = subject;
  if (!chairsMeeting(user, meeting) || meeting.status === 'closed' || user.role === 'observer') return false;
  return action.panelId === meeting.panelId && action.meetingId !== meeting._id;
}
