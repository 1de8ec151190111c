// Tracked actions and agency lists, after the meeting: the owning agency, the meeting's chair and the author.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { canSeeMeeting, chairsMeeting, isActive } from './meetings.js';

export interface TrackedActionSubject {
  action: { agencyId: string; meetingId: string; createdBy?: string };
  meeting: Meeting | null;
}

export function canReadTrackedAction(user: PublicUser, { action, meeting }: TrackedActionSubject): boolean {
  if (!isActive(user) || user.role === 'guest') return false;
  return action.agencyId === user.agencyId || (!!meeting && chairsMeeting(user, meeting)) || (!!action.createdBy && action.createdBy === user._id);
}

export function canUpdateTrackedAction(user: PublicUser, subject: TrackedActionSubject): boolean {
  return canReadTrackedAction(user, subject) && user.role !== 'observer';
}

/** One agency's list of a closed meeting: that agency's members who attended, and the chair. */
export function canReadAgencyList(user: PublicUser, meeting: Meeting, agencyId: string): boolean {
  if (chairsMeeting(user, meeting)) return true;
  return canSeeMeeting(user, meeting) && user.role !== 'guest' && user.role !== 'admin' && user.agencyId === agencyId;
}

/** Between meetings, every field of a tracked action: those who may update it, and its author (not an observer or guest). */
export function canEditTrackedAction(user: PublicUser, subject: TrackedActionSubject): boolean {
  if (canUpdateTrackedAction(user, subject)) return true;
  return isActive(user) && user.role !== 'guest' && user.role !== 'observer' && !!subject.action.createdBy && subject.action.createdBy === user._id;
}
