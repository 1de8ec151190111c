// Who may open which live document, and whether they may write to it. Pure: the callers (the Yjs
// upgrade, REST routes about live documents) load the meeting and the chair's agency first.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { DocName } from '../../shared/live/layout.js';
import { canEditMeeting, canSeeMeeting, isMeetingChair } from './permissions.js';

export type DocAccess = 'write' | 'read';
export type DocDenial = 'not-invited' | 'not-on-agenda' | 'restricted' | 'wrong-meeting';

export type DocAccessDecision = { access: DocAccess } | { access: null; reason: DocDenial };

export interface DocAccessInput {
  user: PublicUser;
  meeting: Meeting;
  doc: DocName;
  /** Agency of the meeting's chair: the default for who may see restricted sections. */
  chairAgencyId: string | null;
  /** True once the meeting's documents are frozen in this process (closing or closed). */
  frozen?: boolean;
}

/** Agencies allowed into restricted documents: as the chair chose, else the chair's own agency. */
export function restrictedAgencies(meeting: Meeting, chairAgencyId: string | null): string[] {
  return meeting.restrictedAgencyIds ?? (chairAgencyId ? [chairAgencyId] : []);
}

export function docAccess({ user, meeting, doc, chairAgencyId, frozen = false }: DocAccessInput): DocAccessDecision {
  if (doc.meetingId !== meeting._id) return { access: null, reason: 'wrong-meeting' };
  if (!canSeeMeeting(user, meeting)) return { access: null, reason: 'not-invited' };
  if (doc.kind !== 'meeting' && !meeting.agenda.some((item) => item.personId === doc.personId)) {
    return { access: null, reason: 'not-on-agenda' };
  }
  if (doc.kind === 'restricted' && !isMeetingChair(user, meeting) && !restrictedAgencies(meeting, chairAgencyId).includes(user.agencyId)) {
    return { access: null, reason: 'restricted' };
  }
  return { access: canEditMeeting(user, meeting) && !frozen ? 'write' : 'read' };
}
