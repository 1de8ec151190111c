// The stored shapes only the server knows: accounts and their secrets, sessions, the sign-in throttle, identity
// providers, the e-mail outbox, itineraries, closures and the Yjs update log. Below every layer that reads them;
// server/store/collections.ts names each collection's record type (one of these, or one of shared/domain's).
import type { EmailState } from '../../shared/api/close.js';
import type { TrackedAction } from '../../shared/domain/actions.js';
import type { ClosedRecord } from '../../shared/domain/closedRecord.js';
import type { ItineraryEntry } from '../../shared/domain/firstDays.js';
import type { RecordAmendment } from '../../shared/domain/lateAdditions.js';
import type { PublicUser } from '../../shared/domain/records.js';
import type { IdentityProviderInput } from '../../shared/domain/schemas.js';

/** An account as stored: never sent as it is (toPublicUser). */
export interface UserDoc extends PublicUser {
  passwordHash: string;
  createdAt: string;
  updatedAt?: string;
  /** Set while the account is disabled: it cannot sign in and every session of it is refused. */
  disabledAt?: string;
  /** The confirmed second factor (TOTP). */
  mfa?: MfaFactor;
  /** A TOTP secret shown for enrolment and not yet confirmed with a code. */
  mfaEnrolment?: { secret: string; createdAt: string };
  /** Accounts signed in through an agency's identity provider: the provider and the subject there. */
  externalIds?: string[];
}

export interface MfaFactor {
  secret: string;
  enabledAt: string;
  /** The last TOTP time step accepted: a code of this step or before is refused (no reuse). */
  lastStep: number;
  /** scrypt hashes of the unused recovery codes. */
  recoveryCodes: string[];
}

/** An express-session session (server/auth/sessionStore.ts), with whose it is and where it was opened. */
export interface SessionDoc {
  _id: string;
  data: string;
  expiresAt: Date;
  lastSeenAt?: string;
  userId?: string;
  handle?: string;
  ip?: string;
  userAgent?: string;
  signedInAt?: string;
}

/** Failed sign-ins of one account (server/auth/lockout/). */
export interface ThrottleDoc {
  _id: string;
  windowStart: string;
  failures: number;
  lockedUntil?: string;
  /** When the store may forget the document (a TTL index). */
  expiresAt: Date;
}

/** An agency's OpenID Connect provider, with its client secret. */
export interface IdentityProviderDoc extends IdentityProviderInput {
  _id: string;
  createdAt: string;
  updatedAt?: string;
}

interface OutboxEmailBase {
  _id: string;
  to: string;
  state: EmailState;
  attempts: number;
  /** Manual re-queues by the chair. */
  retries: number;
  lastError?: string;
  nextAttemptAt: string;
  createdAt: string;
  updatedAt?: string;
  sentAt?: string;
}

/** An agency's list of actions from a closed meeting. */
export interface AgencyListEmail extends OutboxEmailBase {
  /** `${meetingId}:${agencyId}`: one agency list per meeting and agency, never two. */
  _id: string;
  kind: 'agency-list';
  meetingId: string;
  agencyId: string;
}

/** The e-mail copy of an in-app notification (server/services/notifications.ts). */
export interface NotificationEmail extends OutboxEmailBase {
  /** `notification:${dedupeKey}|${userId}`: one e-mail per notification key and user, never two. */
  _id: string;
  kind: 'notification';
  notificationId: string;
  userId: string;
  /** Carries no personal data (the notification's title). */
  subject: string;
  text: string;
  link?: string;
}

/** One message of the e-mail outbox (server/mail/outbox.ts). */
export type OutboxEmail = AgencyListEmail | NotificationEmail;

/** A person's day-1 itinerary. */
export interface ItineraryDoc {
  /** The person's id: one itinerary per person. */
  _id: string;
  personId: string;
  entries: ItineraryEntry[];
  updatedBy: string;
  updatedAt: string;
}

/** One document's Yjs state (base64) by name. An array: document names contain dots. */
interface DocSnapshot {
  name: string;
  state: string;
}

/** The frozen Yjs state of a closed meeting's documents; a carried-over case document starts from it. */
interface MeetingSnapshot {
  docs: DocSnapshot[];
}

/** One e-mail to send once the closure is applied. */
interface MailPlan {
  agencyId: string;
  to: string;
}

/**
 * The commit point of a close (server/services/close/): one document, inserted once. Only `state` and `appliedAt`
 * change afterwards, and accepted late additions are appended; snapshot and record are immutable (contentHash
 * covers them).
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
  /** Late additions the chair accepted afterwards, appended in order; snapshot and record stay as they were. */
  amendments?: RecordAmendment[];
}

/**
 * A record of `docUpdates`: MongoDB's document log (store/mongoLog.ts, the update as binary) and, on the embedded
 * store, updates stored before its LevelDB log (the bytes as base64), moved into the log at open (legacyUpdates.ts).
 */
export interface DocUpdateRecord {
  _id: string;
  doc: string;
  /** Position in the document's history; absent in records stored before sequence numbers. */
  seq?: number;
  update: unknown;
  createdAt?: string;
}
