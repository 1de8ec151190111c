// Which live documents of a meeting the server lets this user open: GET /api/meetings/:id lists
// them in `liveDocuments`. The room opens a restricted document only when the server listed it, so
// a user who may not see it never connects to it.
import type { Meeting } from '../../../shared/domain/records';
import type { LiveDocumentRef } from '../../../shared/api/meetings';

export type MeetingWithLiveDocuments = Meeting & { liveDocuments?: LiveDocumentRef[] };

/** The name of the person's restricted document, or null when the server did not offer it. */
export function offeredRestrictedDoc(meeting: MeetingWithLiveDocuments, personId: string | undefined): string | null {
  if (!personId) return null;
  return meeting.liveDocuments?.find((ref) => ref.kind === 'restricted' && ref.personId === personId)?.name ?? null;
}

/** The name of the person's case document, or null when the server did not offer it (the user does not take part). */
export function offeredCaseDoc(meeting: MeetingWithLiveDocuments, personId: string | undefined): string | null {
  if (!personId) return null;
  return meeting.liveDocuments?.find((ref) => ref.kind === 'case' && ref.personId === personId)?.name ?? null;
}
