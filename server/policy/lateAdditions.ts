// Late additions: changes a participant held on their device when the meeting closed, sent to the
// chair afterwards. Pure: callers pass the records they loaded.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { canReadCase } from './cases.js';
import { chairsMeeting, isActive } from './meetings.js';

export interface LateAdditionSubject {
  meeting: Meeting;
  /** The case the changes belong to; absent for the meeting's standing items. */
  personId?: string | null;
}

/**
 * Sending a late addition: an attendee of the closed meeting (or its chair) who could write in it, and for a
 * case only one who takes part in that case. Guests, observers and other agencies' staff may not.
 */
export function canSubmitLateAddition(user: PublicUser, { meeting, personId }: LateAdditionSubject): boolean {
  if (!isActive(user) || meeting.status !== 'closed') return false;
  if (user.role === 'guest' || user.role === 'observer') return false;
  if (!chairsMeeting(user, meeting) && !meeting.attendeeIds.includes(user._id)) return false;
  return personId ? canReadCase(user, { meeting, personId }) : true;
}

/** Accepting into the record or declining: the meeting's chair, once it is closed. */
export function canDecideLateAddition(user: PublicUser, { meeting }: { meeting: Meeting }): boolean {
  return chairsMeeting(user, meeting) && meeting.status === 'closed';
}

/** Reading one late addition: the chair of its meeting, or whoever sent it. */
export function canReadLateAddition(user: PublicUser, { meeting, submittedBy }: { meeting: Meeting; submittedBy: string }): boolean {
  return isActive(user) && (chairsMeeting(user, meeting) || submittedBy === user._id);
}
