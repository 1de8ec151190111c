// The REST API of the close: the review the chair checks first, the close itself, and the e-mails of the agency lists.
import type { LiveAction } from '../domain/actions.js';
import type { MeetingStatus } from '../domain/schemas.js';
import type { RedFlag } from '../logic/redFlags.js';

/** Someone who may hold changes the server has not received: their page says so, or their link was lost. */
export interface UnsentHolder {
  userId: string;
  displayName: string;
  agencyId: string;
  reason: 'unsent' | 'connection-lost';
  /** When the client first said so, or when its connection was lost (ISO time). */
  since: string;
}

/** GET /api/meetings/:id/close-review: the gaps the chair checks before closing. */
export interface CloseReview {
  meetingId: string;
  status: MeetingStatus;
  actionCount: number;
  withoutOwner: Pick<LiveAction, 'id' | 'text' | 'agencyId'>[];
  withoutDueDate: Pick<LiveAction, 'id' | 'text' | 'agencyId'>[];
  redFlags: { personId: string; flags: RedFlag[] }[];
  /** Who may still hold unsent changes (the route adds them: the close service knows documents, not connections). */
  unsent: UnsentHolder[];
}

/** POST /api/meetings/:id/close */
export interface CloseResult {
  meetingId: string;
  status: 'closed';
  closedAt: string;
  closedBy: string;
  contentHash: string;
  actionIds: string[];
  agencyIds: string[];
}

export type EmailState = 'queued' | 'sending' | 'sent' | 'failed' | 'not-configured';

/** One agency list e-mail in the outbox, as the chair sees it (GET /api/meetings/:id/emails). */
export interface AgencyEmail {
  _id: string;
  meetingId: string;
  agencyId: string;
  to: string;
  state: EmailState;
  attempts: number;
  lastError?: string;
  nextAttemptAt: string;
  sentAt?: string;
}
