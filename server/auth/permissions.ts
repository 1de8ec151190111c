// Older names for policy rules still used by a few callers; the rules themselves live in server/policy/.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { authorize, can } from '../policy/index.js';

export { WRITER_ROLES } from '../policy/index.js';

/** The meeting's own chair, or an administrator managing it. */
export function isMeetingChair(user: PublicUser, meeting: Meeting): boolean {
  return can(user, 'meeting:manage', { meeting });
}

export function canSeeMeeting(user: PublicUser, meeting: Meeting): boolean {
  return can(user, 'meeting:read', { meeting });
}

export function assertCanSeeMeeting(user: PublicUser, meeting: Meeting): void {
  authorize(user, 'meeting:read', { meeting });
}
