// Per-case need-to-know inside a meeting: who takes part in a person's items, guests' windows, and
// the restricted sections' allow-lists. Pure: callers pass the meeting and the live facts they read.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { canSeeMeeting, chairsMeeting, guestInviteOf } from './meetings.js';

export interface CaseSubject {
  meeting: Meeting;
  personId: string;
  /** The item the meeting is on now (guests without a window see their case only while it is current). */
  currentItemId?: string | null;
  now?: Date;
}

export interface RestrictedSubject extends CaseSubject {
  /** Agency of the meeting's chair: who holds a restricted section when the chair named nobody. */
  chairAgencyId: string | null;
}

export function caseItemIds(meeting: Meeting, personId: string): string[] {
  return meeting.agenda.filter((item) => item.personId === personId).map((item) => item.id);
}

/** Agencies taking part in an item; null when the item is open to every attendee. */
export function itemAgencies(meeting: Meeting, itemId: string): string[] | null {
  return meeting.itemAccess?.[itemId]?.agencyIds ?? null;
}

function guestMaySee(user: PublicUser, { meeting, personId, currentItemId, now = new Date() }: CaseSubject): boolean {
  const invite = guestInviteOf(user, meeting);
  if (!invite) return false;
  const invited = caseItemIds(meeting, personId).filter((id) => invite.itemIds.includes(id));
  if (invited.length === 0) return false;
  if (invite.window) {
    const at = now.toISOString();
    return invite.window.from <= at && at <= invite.window.to;
  }
  return meeting.status === 'live' && !!currentItemId && invited.includes(currentItemId);
}

/**
 * The chair and the minute-taker see every case; an agency's members see a case when one of its items is
 * open to all or names their agency; guests see their invited items (see guestMaySee); administrators who
 * are not attendees see no case content.
 */
export function canReadCase(user: PublicUser, subject: CaseSubject): boolean {
  const { meeting, personId } = subject;
  const items = caseItemIds(meeting, personId);
  if (items.length === 0 || !canSeeMeeting(user, meeting)) return false;
  if (chairsMeeting(user, meeting)) return true;
  if (user.role === 'guest') return guestMaySee(user, subject);
  if (!meeting.attendeeIds.includes(user._id)) return false;
  if (user.role === 'minute-taker') return true;
  return items.some((itemId) => {
    const agencies = itemAgencies(meeting, itemId);
    return agencies === null || agencies.includes(user.agencyId);
  });
}

export function canWriteCase(user: PublicUser, subject: CaseSubject): boolean {
  if (!canReadCase(user, subject) || subject.meeting.status === 'closed') return false;
  if (user.role === 'guest') return !!guestInviteOf(user, subject.meeting)?.canWrite;
  return user.role !== 'observer';
}

/** Agencies allowed into a person's restricted sections: as the chair named, else the chair's own agency. */
export function restrictedAgencies(meeting: Meeting, personId: string, chairAgencyId: string | null): string[] {
  return meeting.restrictedAccess?.[personId] ?? meeting.restrictedAgencyIds ?? (chairAgencyId ? [chairAgencyId] : []);
}

export function canReadRestricted(user: PublicUser, subject: RestrictedSubject): boolean {
  if (!canReadCase(user, subject)) return false;
  return chairsMeeting(user, subject.meeting) || restrictedAgencies(subject.meeting, subject.personId, subject.chairAgencyId).includes(user.agencyId);
}

export function canWriteRestricted(user: PublicUser, subject: RestrictedSubject): boolean {
  return canReadRestricted(user, subject) && canWriteCase(user, subject);
}

/** People on the meeting's agenda whose case this user may read (for filtering minutes and lists). */
export function readableCaseIds(user: PublicUser, subject: Omit<CaseSubject, 'personId'>): Set<string> {
  const personIds = new Set(subject.meeting.agenda.flatMap((item) => (item.personId ? [item.personId] : [])));
  return new Set([...personIds].filter((personId) => canReadCase(user, { ...subject, personId })));
}
