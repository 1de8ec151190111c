// The e-mail outbox: every message to send is a document, so nothing is lost when SMTP is down,
// when the process dies mid-send, or when SMTP is not configured yet.
import { DuplicateKeyError, type Store } from '../store/port.js';
import { Conflict, NotFound } from '../errors.js';
import type { AgencyListEmail, NotificationEmail, OutboxEmail } from '../store/records.js';
import type { EmailState } from '../../shared/api/close.js';

export function outbox(store: Store) {
  const emails = store.collection('emails');
  const now = () => new Date().toISOString();

  return {
    async enqueueAgencyList(meetingId: string, agencyId: string, to: string): Promise<void> {
      const at = now();
      try {
        await emails.insertOne({ _id: `${meetingId}:${agencyId}`, kind: 'agency-list', meetingId, agencyId, to, state: 'queued', attempts: 0, retries: 0, nextAttemptAt: at, createdAt: at });
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
      }
    },
    /** Queues the e-mail copy of a notification; a second call for the same notification and user does nothing. */
    async enqueueNotification(email: Pick<NotificationEmail, 'notificationId' | 'userId' | 'to' | 'subject' | 'text' | 'link'> & { dedupeKey: string }): Promise<void> {
      const at = now();
      const { dedupeKey, ...fields } = email;
      try {
        await emails.insertOne({ _id: `notification:${dedupeKey}`, kind: 'notification', ...fields, state: 'queued', attempts: 0, retries: 0, nextAttemptAt: at, createdAt: at });
      } catch (err) {
        if (!(err instanceof DuplicateKeyError)) throw err;
      }
    },
    listForMeeting(meetingId: string): Promise<AgencyListEmail[]> {
      return emails.find({ meetingId }, { sort: { agencyId: 1 } }) as Promise<AgencyListEmail[]>;
    },
    /** Puts a message that was not sent back in the queue, with a fresh set of attempts. */
    async retry(meetingId: string, emailId: string): Promise<AgencyListEmail> {
      const email = await emails.findOne({ _id: emailId, meetingId });
      if (!email || email.kind !== 'agency-list') throw new NotFound('E-mail');
      if (email.state === 'sent') throw new Conflict('That e-mail has already been sent');
      if (email.state === 'sending') throw new Conflict('That e-mail is being sent now');
      const at = now();
      const updated = await emails.findOneAndUpdate(
        { _id: emailId, state: email.state },
        { $set: { state: 'queued', attempts: 0, nextAttemptAt: at, updatedAt: at }, $inc: { retries: 1 } },
      );
      if (!updated) throw new Conflict('That e-mail changed meanwhile; try again');
      return updated as AgencyListEmail;
    },
    /** Takes one due message for sending; the state change is the lock between workers. */
    claimDue(): Promise<OutboxEmail | null> {
      return emails.findOneAndUpdate({ state: 'queued', nextAttemptAt: { $lte: now() } }, { $set: { state: 'sending', updatedAt: now() } });
    },
    async markSent(email: OutboxEmail): Promise<void> {
      await emails.updateOne({ _id: email._id, state: 'sending' }, { $set: { state: 'sent', attempts: email.attempts + 1, sentAt: now(), updatedAt: now() } });
    },
    async markAttemptFailed(email: OutboxEmail, error: string, maxAttempts: number, retryBaseMs: number): Promise<EmailState> {
      const attempts = email.attempts + 1;
      const state: EmailState = attempts >= maxAttempts ? 'failed' : 'queued';
      const nextAttemptAt = new Date(Date.now() + retryBaseMs * 2 ** (attempts - 1)).toISOString();
      await emails.updateOne({ _id: email._id, state: 'sending' }, { $set: { state, attempts, lastError: error, nextAttemptAt, updatedAt: now() } });
      return state;
    },
    /** Without SMTP settings, queued messages wait visibly instead of being attempted. */
    async parkUnconfigured(): Promise<void> {
      for (const email of await emails.find({ state: 'queued' }))
        await emails.updateOne({ _id: email._id, state: 'queued' }, { $set: { state: 'not-configured', updatedAt: now() } });
    },
    /** At startup: messages interrupted mid-send, or parked while SMTP was unset, go back in the queue. */
    async requeueStranded(): Promise<void> {
      for (const email of await emails.find({ state: { $in: ['sending', 'not-configured'] } }))
        await emails.updateOne({ _id: email._id, state: email.state }, { $set: { state: 'queued', nextAttemptAt: now(), updatedAt: now() } });
    },
  };
}
export type Outbox = ReturnType<typeof outbox>;
