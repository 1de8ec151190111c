// Which live document a user may open, and whether they may write to it: the policy's answer for the
// document's scope (meeting skeleton, one person's case, one person's restricted sections).
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { DocName } from '../../shared/live/docNames.js';
import { can } from '../policy/index.js';
import { caseItemIds } from '../policy/cases.js';

export type DocAccess = 'write' | 'read';
export type DocDenial = 'not-invited' | 'not-on-agenda' | 'restricted' | 'wrong-meeting' | 'not-taking-part';

export type DocAccessDecision = { access: DocAccess } | { access: null; reason: DocDenial };

export interface DocAccessInput {
  user: PublicUser;
  meeting: Meeting;
  doc: DocName;
  /** Agency of the meeting's chair: the default for who may see restricted sections. */
  chairAgencyId: string | null;
  /** True once the meeting's documents are frozen in this process (closing or closed). */
  frozen?: boolean;
  /** The meeting's current item (guests see their case only while it is current). */
  currentItemId?: string | null;
  now?: Date;
}

export function docAccess({ user, meeting, doc, chairAgencyId, frozen = false, currentItemId, now }: DocAccessInput): DocAccessDecision {
  if (doc.meetingId !== meeting._id) return { access: null, reason: 'wrong-meeting' };
  if (!can(user, 'meeting:read', { meeting })) return { access: null, reason: 'not-invited' };
  const writable = (allowed: boolean): DocAccessDecision => ({ access: allowed && !frozen ? 'write' : 'read' });
  if (doc.kind === 'meeting') {
    if (!can(user, 'meeting-document:read', { meeting })) return { access: null, reason: 'not-taking-part' };
    return writable(can(user, 'meeting-document:write', { meeting }));
  }
  const personId = doc.personId!;
  if (caseItemIds(meeting, personId).length === 0) return { access: null, reason: 'not-on-agenda' };
  const subject = { meeting, personId, currentItemId, now, chairAgencyId };
  if (!can(user, 'case:read', subject)) return { access: null, reason: 'not-taking-part' };
  if (doc.kind === 'case') return writable(can(user, 'case:write', subject));
  if (!can(user, 'restricted:read', subject)) return { access: null, reason: 'restricted' };
  return writable(can(user, 'restricted:write', subject));
}
