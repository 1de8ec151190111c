// Actions after the meeting (tracked records and agency lists): the owning agency and the meeting's chair.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { canSeeMeeting, chairsMeeting, isActive } from './meetings.js';

export interface TrackedActionSubject {
  action: { agencyId: string; meetingId: string };
  meeting: Meeting | null;
}

export function canReadTrackedAction(user: PublicUser, { action, meeting }: TrackedActionSubject): boolean {
  if (!isActive(user) || user.role === 'guest') return false;
  return action.agencyId === user.agencyId || (!!meeting && chairsMeeting(user, meeting));
}

export function canUpdateTrackedAction(user: PublicUser, subject: TrackedActionSubject): boolean {
  return canReadTrackedAction(user, subject) && user.role !== 'observer';
}

/** One agency's list of a closed meeting: that agency's members who attended, and the chair. */
export function canReadAgencyList(user: PublicUser, meeting: Meeting, agencyId: string): boolean {
  if (chairsMeeting(user, meeting)) return true;
  return canSeeMeeting(user, meeting) && user.role !== 'guest' && user.role !== 'admin' && user.agencyId === agencyId;
}
