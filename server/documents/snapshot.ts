// The frozen Yjs state of a closed meeting's documents, as the `closures` collection stores it. Declared here, below
// the services: the close service writes it (server/services/close/types.ts) and a carried-over document reads it.

/** One document's Yjs state (base64) by name. An array: document names contain dots. */
export interface DocSnapshot {
  name: string;
  state: string;
}

export interface MeetingSnapshot {
  docs: DocSnapshot[];
}

/** The part of a stored closure that the document hub reads. */
export interface StoredClosureSnapshot {
  _id: string;
  snapshot: MeetingSnapshot;
}
