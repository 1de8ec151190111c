// In-app notifications (the notification centre): one per user and reason, with an e-mail copy through the outbox.

/** What a notification is about; the client chooses wording and icons by it. */
export type NotificationKind = 'release-change' | 'action-reminder' | 'action-overdue' | (string & {});

export interface Notification {
  _id: string;
  userId: string;
  kind: NotificationKind;
  /** Short, with no personal data (it is also the e-mail subject): e.g. "Release date changed for case RT-0042". */
  title: string;
  /** Names the person only by case reference. */
  body: string;
  /** A path inside the app, e.g. /people/abc. */
  link?: string;
  personId?: string;
  /** The caller's key for the reason (e.g. `release-change:<eventId>`); one notification per key and user. */
  key: string;
  /** `${key}|${userId}`: unique, so the same notification is never stored twice. */
  dedupeKey: string;
  createdAt: string;
  readAt?: string;
}

export interface NotifyInput {
  userIds: string[];
  kind: NotificationKind;
  title: string;
  body: string;
  link?: string;
  personId?: string;
  dedupeKey: string;
}
