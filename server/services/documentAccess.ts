// Which live document a user may open and how: loads what the policy needs (the meeting, the chair's
// agency, the current item for guests) and asks it. The Yjs upgrade and the REST routes about live
// documents both call this, so they can never disagree.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { parseDocName } from '../../shared/live/docNames.js';
import { docAccess, type DocAccessDecision } from '../auth/docAccess.js';
import type { Store } from '../store/port.js';
import { meetingControlOf, type LiveDocuments } from './liveDocuments.js';

export type DocumentAccess = { meeting: Meeting; decision: DocAccessDecision } | { meeting: null; decision: { access: null; reason: 'unknown-document' } };

export function documentAccessService(store: Store, documents: LiveDocuments) {
  const meetings = store.collection('meetings');
  const users = store.collection('users');

  async function currentItemOf(meeting: Meeting): Promise<string | null> {
    return (await meetingControlOf(documents, meeting._id)).currentItemId;
  }

  return {
    currentItemOf,
    async decide(user: PublicUser, docName: string): Promise<DocumentAccess> {
      const doc = parseDocName(docName);
      const meeting = doc ? await meetings.findOne({ _id: doc.meetingId }) : null;
      if (!doc || !meeting) return { meeting: null, decision: { access: null, reason: 'unknown-document' } };
      const chair = doc.kind === 'restricted' ? await users.findOne({ _id: meeting.chairId }) : null;
      // Only a guest's access depends on the current item; reading it loads the meeting document.
      const currentItemId = user.role === 'guest' && doc.kind !== 'meeting' ? await currentItemOf(meeting) : null;
      const decision = docAccess({ user, meeting, doc, chairAgencyId: chair?.agencyId ?? null, frozen: documents.isFrozen(meeting._id), currentItemId });
      return { meeting, decision };
    },
  };
}
