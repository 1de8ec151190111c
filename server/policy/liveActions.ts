// Live actions, during the meeting: who may correct or remove one.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { chairsMeeting, isActive, WRITER_ROLES } from './meetings.js';

/** An action of a live meeting, as the policy needs it: its owning agency and its author. */
export interface LiveActionSubject {
  meeting: Meeting;
  action: { agencyId: string; createdBy: string };
}

/**
 * Change any field of an action in a live meeting, or remove it with a reason: the meeting's chair, the owning
 * agency or the action's author, never an observer, never once the meeting has closed. The caller also asks
 * `case:write` (or `meeting-document:write`) for the document the action lives in.
 */
export function canChangeLiveAction(user: PublicUser, { meeting, action }: LiveActionSubject): boolean {
  if (!isActive(user) || !WRITER_ROLES.includes(user.role) || meeting.status === 'closed') return false;
  return chairsMeeting(user, meeting) || (!!action.agencyId && action.agencyId === user.agencyId) || (!!action.createdBy && action.createdBy === user._id);
}
