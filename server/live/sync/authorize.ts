// May this user open this document, and may they write to it?
import type { Meeting, PublicUser } from '../../../shared/domain/records.js';
import { parseDocName } from '../../../shared/live/layout.js';
import { docAccess, type DocAccess } from '../../auth/docAccess.js';
import type { Services } from '../../services/index.js';
import { CLOSE, type CloseReason } from './closeCodes.js';

export type Authorization = { access: DocAccess; meeting: Meeting } | { access: null; refusal: CloseReason };

type Deps = Pick<Services, 'store' | 'users' | 'documents'>;

export async function authorize({ store, users, documents }: Deps, user: PublicUser, docName: string): Promise<Authorization> {
  const doc = parseDocName(docName);
  if (!doc) return { access: null, refusal: CLOSE.unknownDocument };
  const meeting = await store.collection<Meeting>('meetings').findOne({ _id: doc.meetingId });
  if (!meeting) return { access: null, refusal: CLOSE.unknownDocument };
  const chair = doc.kind === 'restricted' ? await users.findById(meeting.chairId) : null;
  const decision = docAccess({ user, meeting, doc, chairAgencyId: chair?.agencyId ?? null, frozen: documents.isFrozen(meeting._id) });
  if (decision.access) return { access: decision.access, meeting };
  const unknown = decision.reason === 'not-on-agenda' || decision.reason === 'wrong-meeting';
  return { access: null, refusal: unknown ? CLOSE.unknownDocument : CLOSE.forbidden };
}
