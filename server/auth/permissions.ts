// Who may do what. Every channel (REST, Socket.IO, each Yjs document) asks these functions;
// the client's own checks are only for display.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { Role } from '../../shared/domain/schemas.js';
import { Forbidden } from '../services/errors.js';

export const WRITER_ROLES: readonly Role[] = ['admin', 'chair', 'member', 'minute-taker', 'guest'];

export function requireRoleOf(user: PublicUser, roles: readonly Role[]): void {
  if (!roles.includes(user.role)) throw new Forbidden();
}

export function isMeetingChair(user: PublicUser, meeting: Meeting): boolean {
  return meeting.chairId === user._id || user.role === 'admin';
}

/** Invited attendees, the chair and administrators see a meeting; nobody else does. */
export function canSeeMeeting(user: PublicUser, meeting: Meeting): boolean {
  return isMeetingChair(user, meeting) || meeting.attendeeIds.includes(user._id);
}

/** Observers never write; nobody writes into a closed meeting. */
export function canEditMeeting(user: PublicUser, meeting: Meeting): boolean {
  return canSeeMeeting(user, meeting) && WRITER_ROLES.includes(user.role) && meeting.status !== 'closed';
}

export function assertCanSeeMeeting(user: PublicUser, meeting: Meeting): void {
  // Same answer as an unknown id, so that ids of other meetings cannot be probed.
  if (!canSeeMeeting(user, meeting)) throw new Forbidden('You are not invited to this meeting');
}

/** Guests see people only through the meetings that invite them. */
export function canBrowsePeople(user: PublicUser): boolean {
  return user.role !== 'guest';
}
