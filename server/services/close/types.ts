// Shapes the close service stores, and the narrow view of the document hub it needs.
import type * as Y from 'yjs';
import type { ClosedRecord, TrackedAction } from '../../../shared/logic/agencyActions.js';
import type { MeetingSnapshot } from '../../documents/snapshot.js';

/** What close needs of the live document hub (services.documents). */
export interface MeetingDocuments {
  read<T>(docName: string, fn: (doc: Y.Doc) => T): Promise<T>;
  encodeState(docName: string): Promise<Uint8Array>;
  freezeMeeting(meetingId: string): void;
  /** Used when a close fails before its commit point. */
  unfreezeMeeting(meetingId: string): void;
  isFrozen(meetingId: string): boolean;
  flush(): Promise<void>;
}

/** One e-mail to send once the closure is applied. */
export interface MailPlan {
  agencyId: string;
  to: string;
}

/**
 * The commit point of a close: one document, inserted once. Only `state` and `appliedAt` change
 * afterwards; snapshot and record are immutable (contentHash covers them).
 */
export interface Closure {
  _id: string;
  state: 'committed' | 'applied';
  /** Yjs state of every document of the meeting. An array: document names contain dots. */
  snapshot: MeetingSnapshot;
  record: ClosedRecord;
  actions: TrackedAction[];
  mail: MailPlan[];
  contentHash: string;
  closedBy: string;
  closedAt: string;
  appliedAt?: string;
}

export interface CloseResult {
  meetingId: string;
  status: 'closed';
  closedAt: string;
  closedBy: string;
  contentHash: string;
  actionIds: string[];
  agencyIds: string[];
}
