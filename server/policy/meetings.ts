// Who takes part in a meeting, and who runs it. Pure: callers pass the records they loaded.
import type { GuestInvite, Meeting, PublicUser } from '../../shared/domain/records.js';
import type { Role } from '../../shared/domain/schemas.js';

/** Roles that may write into a live meeting; observers only read. Guests write only when the chair allows it. */
export const WRITER_ROLES: readonly Role[] = ['admin', 'chair', 'member', 'minute-taker', 'guest'];

export function isActive(user: PublicUser): boolean {
  return !user.disabled;
}

/** The user named as this meeting's chair (the chair role alone gives nothing over other panels' meetings). */
export function chairsMeeting(user: PublicUser, meeting: Meeting): boolean {
  return isActive(user) && meeting.chairId === user._id;
}

export function guestInviteOf(user: PublicUser, meeting: Meeting): GuestInvite | undefined {
  return user.role === 'guest' ? meeting.guests?.find((invite) => invite.userId === user._id) : undefined;
}

/** The chair, invited attendees and guests with an invitation see the meeting; administrators see its skeleton. */
export function canSeeMeeting(user: PublicUser, meeting: Meeting): boolean {
  if (!isActive(user)) return false;
  if (user.role === 'guest') return !!guestInviteOf(user, meeting);
  return chairsMeeting(user, meeting) || meeting.attendeeIds.includes(user._id) || user.role === 'admin';
}

/** Schedule, change attendees, per-item access, guests and allow-lists: the meeting's chair or an administrator. */
export function canManageMeeting(user: PublicUser, meeting: Meeting): boolean {
  return isActive(user) && (chairsMeeting(user, meeting) || user.role === 'admin');
}

/** Start, pause, move the current item, close: as managing, while the meeting is not closed. */
export function canControlMeeting(user: PublicUser, meeting: Meeting): boolean {
  return canManageMeeting(user, meeting) && meeting.status !== 'closed';
}

/** The meeting document (agenda skeleton and standing items): attendees who are not guests. */
export function canReadMeetingDocument(user: PublicUser, meeting: Meeting): boolean {
  return canSeeMeeting(user, meeting) && user.role !== 'guest';
}

export function canWriteMeetingDocument(user: PublicUser, meeting: Meeting): boolean {
  return canReadMeetingDocument(user, meeting) && user.role !== 'observer' && meeting.status !== 'closed';
}

/** Minutes of a closed meeting: attendees who are not guests; their content is filtered per case. */
export function canReadMinutes(user: PublicUser, meeting: Meeting): boolean {
  return canReadMeetingDocument(user, meeting) && (user.role !== 'admin' || chairsMeeting(user, meeting) || meeting.attendeeIds.includes(user._id));
}
