// Names of the live Yjs documents: one per access scope (meeting skeleton, one person's case, their restricted sections).
export type DocKind = 'meeting' | 'case' | 'restricted';
export interface DocName {
  kind: DocKind;
  meetingId: string;
  personId?: string;
}

const ID = /^[A-Za-z0-9-]{1,64}$/;

export function meetingDocName(meetingId: string): string {
  return `meeting.${meetingId}`;
}
export function caseDocName(meetingId: string, personId: string): string {
  return `case.${meetingId}.${personId}`;
}
export function restrictedDocName(meetingId: string, personId: string): string {
  return `restricted.${meetingId}.${personId}`;
}

/** Parses a document name; null for anything that is not one of ours. */
export function parseDocName(name: string): DocName | null {
  const [kind, meetingId, personId, ...rest] = name.split('.');
  if (rest.length > 0 || !meetingId || !ID.test(meetingId)) return null;
  if (kind === 'meeting' && personId === undefined) return { kind, meetingId };
  if ((kind === 'case' || kind === 'restricted') && personId && ID.test(personId)) return { kind, meetingId, personId };
  return null;
}
