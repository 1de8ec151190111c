// A person's chronology between meetings: which entries a reader of the person record may see. The record itself
// is decided by person:read; each entry that comes from a meeting's case (risk levels, decisions, actions) is shown
// only to those who could read that case in that meeting, so the chronology never shows more than the room did.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { canReadCase } from './cases.js';
import { canReadTrackedAction } from './trackedActions.js';
import { canSeeMeeting, isActive } from './meetings.js';

export interface CaseHistorySubject {
  meeting: Meeting;
  personId: string;
}

/** Case content of a past (or live) meeting: whoever could read the case there; never guests (no person pages). */
export function canReadCaseHistory(user: PublicUser, { meeting, personId }: CaseHistorySubject): boolean {
  if (!isActive(user) || user.role === 'guest') return false;
  return canReadCase(user, { meeting, personId, currentItemId: null });
}

/** That a meeting discussed the person (title and date): those who may see the meeting. */
export function canSeeMeetingInHistory(user: PublicUser, meeting: Meeting): boolean {
  return user.role !== 'guest' && canSeeMeeting(user, meeting);
}

/** An action agreed about the person: as its case in that meeting, or as its tracked record (owning agency, chair). */
export function canReadActionHistory(user: PublicUser, subject: CaseHistorySubject & { action: { agencyId: string; meetingId: string } }): boolean {
  return canReadCaseHistory(user, subject) || canReadTrackedAction(user, { action: subject.action, meeting: subject.meeting });
}

/** A notification: only the user it was sent to. */
export function canReadNotification(user: PublicUser, notification: { userId: string }): boolean {
  return isActive(user) && notification.userId === user._id;
}
