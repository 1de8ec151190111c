// The notification centre: one in-app notification per user and reason, with its e-mail copy through the outbox.
// Each is stored exactly once per (dedupeKey, user): the notification's unique dedupeKey and the outbox message's
// _id make a repeated notify() (a retried request, a restart part-way through) add nothing.
import { randomUUID } from 'node:crypto';
import type { Notification, NotifyInput } from '../../shared/domain/notifications.js';
import type { Page, PublicUser } from '../../shared/domain/records.js';
import type { Outbox } from '../mail/outbox.js';
import { DuplicateKeyError, type Store } from '../store/port.js';
import { Invalid } from '../errors.js';
import { listPage, type PageRequest } from './records.js';

export interface NotifyResult {
  /** Users newly notified by this call (not those notified before under the same key). */
  created: number;
  /** Users the notification reached (new or earlier). */
  recipients: string[];
}

export function notificationService(store: Store, outbox: Outbox) {
  const notifications = store.collection('notifications');
  const users = store.collection('users');

  async function storeOne(input: NotifyInput, userId: string): Promise<{ notification: Notification; created: boolean }> {
    const dedupeKey = `${input.dedupeKey}|${userId}`;
    const existing = await notifications.findOne({ dedupeKey });
    if (existing) return { notification: existing, created: false };
    const notification: Notification = {
      _id: randomUUID(),
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body,
      ...(input.link ? { link: input.link } : {}),
      ...(input.personId ? { personId: input.personId } : {}),
      key: input.dedupeKey,
      dedupeKey,
      createdAt: new Date().toISOString(),
    };
    try {
      return { notification: await notifications.insertOne(notification), created: true };
    } catch (err) {
      if (!(err instanceof DuplicateKeyError)) throw err;
      // Another call stored it first.
      return { notification: (await notifications.findOne({ dedupeKey }))!, created: false };
    }
  }

  return {
    /**
     * Tells each user once, in the app and (when the account has an address) by e-mail. The title is the e-mail
     * subject: no personal data in it; the body names a person only by case reference. Disabled accounts are skipped.
     */
    async notify(input: NotifyInput): Promise<NotifyResult> {
      if (!input.dedupeKey) throw new Invalid('A notification needs a dedupe key');
      const ids = [...new Set(input.userIds)];
      const found = ids.length ? await users.find({ _id: { $in: ids } }) : [];
      const recipients = found.filter((u) => !u.disabled);
      let created = 0;
      for (const user of recipients) {
        const stored = await storeOne(input, user._id);
        if (stored.created) created++;
        if (user.email)
          await outbox.enqueueNotification({
            dedupeKey: stored.notification.dedupeKey,
            notificationId: stored.notification._id,
            userId: user._id,
            to: user.email,
            subject: input.title,
            text: input.body,
            ...(input.link ? { link: input.link } : {}),
          });
      }
      return { created, recipients: recipients.map((u) => u._id) };
    },

    /** The user's own notifications, newest first. */
    listFor(user: PublicUser, page: PageRequest = {}, filter: { unread?: boolean } = {}): Promise<Page<Notification>> {
      return listPage(notifications, { userId: user._id, ...(filter.unread ? { readAt: { $exists: false } } : {}) }, page, { createdAt: -1, _id: 1 });
    },

    unreadCount(user: PublicUser): Promise<number> {
      return notifications.count({ userId: user._id, readAt: { $exists: false } });
    },

    /** Marks the user's own notifications read (others' ids are ignored); returns how many changed. */
    async markRead(user: PublicUser, ids: string[] | 'all'): Promise<number> {
      const at = new Date().toISOString();
      const unread = await notifications.find({ userId: user._id, readAt: { $exists: false }, ...(ids === 'all' ? {} : { _id: { $in: ids } }) });
      let changed = 0;
      for (const n of unread) changed += await notifications.updateOne({ _id: n._id, userId: user._id, readAt: { $exists: false } }, { $set: { readAt: at } });
      return changed;
    },

    /** Sent notifications under one key (e.g. one release change), for the chronology and tests; no permission check. */
    listByKey(key: string): Promise<Notification[]> {
      return notifications.find({ key }, { sort: { createdAt: 1, userId: 1 } });
    },
  };
}
export type NotificationService = ReturnType<typeof notificationService>;
