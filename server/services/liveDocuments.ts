// What the domain services need of the live document hub (server/documents), and which live
// documents of a meeting a user may open.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { LiveDocumentRef } from '../../shared/api/meetings.js';
import { caseDocName, meetingDocName, restrictedDocName } from '../../shared/live/docNames.js';
import { readControl } from '../../shared/live/meetingDoc.js';
import { docAccess } from '../auth/docAccess.js';
import type { DocumentHub } from '../documents/index.js';

/** What the domain services need of the hub: a server-origin change (rejected once the meeting is frozen), a read. */
export type LiveDocuments = Pick<DocumentHub, 'change' | 'read' | 'isFrozen'>;

/** The meeting's run state and current item, as its meeting document holds them now (loading it if needed). */
export function meetingControlOf(documents: LiveDocuments, meetingId: string): Promise<ReturnType<typeof readControl>> {
  return documents.read(meetingDocName(meetingId), readControl);
}

/**
 * The meeting document, one case document per person on the agenda, and their restricted documents
 * when the user may open them (the same decision the Yjs connection makes).
 */
export function liveDocumentsFor(user: PublicUser, meeting: Meeting, chairAgencyId: string | null, currentItemId: string | null = null): LiveDocumentRef[] {
  const personIds = [...new Set(meeting.agenda.flatMap((item) => (item.personId ? [item.personId] : [])))];
  const candidates: LiveDocumentRef[] = [
    { name: meetingDocName(meeting._id), kind: 'meeting' },
    ...personIds.flatMap((personId): LiveDocumentRef[] => [
      { name: caseDocName(meeting._id, personId), kind: 'case', personId },
      { name: restrictedDocName(meeting._id, personId), kind: 'restricted', personId },
    ]),
  ];
  return candidates.filter(
    (ref) => docAccess({ user, meeting, chairAgencyId, currentItemId, doc: { kind: ref.kind, meetingId: meeting._id, personId: ref.personId } }).access !== null,
  );
}
