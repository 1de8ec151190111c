// The outbox worker: polls for due messages, sends them, retries with exponential backoff, and
// marks a message 'failed' after maxAttempts so the chair sees it and can re-queue it.
import type { Transporter } from 'nodemailer';
import type { Logger } from '../logger.js';
import type { AuditService } from '../services/audit.js';
import type { Outbox } from './outbox.js';
import { describeSendError } from './transport.js';
import type { OutboxEmail } from '../store/records.js';

export interface ComposedMessage {
  subject: string;
  text: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

export interface MailWorkerOptions {
  outbox: Outbox;
  transport: Transporter | null;
  from: string;
  compose(email: OutboxEmail): Promise<ComposedMessage>;
  audit: AuditService;
  logger: Logger;
  pollIntervalMs: number;
  maxAttempts: number;
  retryBaseMs: number;
}

export interface MailWorker {
  stop(): Promise<void>;
}

export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const { outbox, transport, logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();

  /** Agency lists are audited against their meeting, notification e-mails against the notification. */
  function auditEmail(email: OutboxEmail, action: string, details: Record<string, unknown>): Promise<unknown> {
    return email.kind === 'notification'
      ? options.audit.record(null, action, 'notification', email.notificationId, { userId: email.userId, ...details })
      : options.audit.record(null, action, 'meeting', email.meetingId, { agencyId: email.agencyId, ...details });
  }

  async function sendOne(email: OutboxEmail): Promise<void> {
    // The step that failed goes with an error that is not the transport's, so its cause is never lost.
    let step = 'composing the message';
    try {
      const message = await options.compose(email);
      step = 'sending';
      await transport!.sendMail({ from: options.from, to: email.to, ...message });
      step = 'recording the sent message';
      await outbox.markSent(email);
      await auditEmail(email, 'email.sent', { attempt: email.attempts + 1 });
    } catch (err) {
      const reason = describeSendError(err, step);
      const state = await outbox.markAttemptFailed(email, reason, options.maxAttempts, options.retryBaseMs);
      await auditEmail(email, state === 'failed' ? 'email.failed' : 'email.retry', { reason });
      logger.warn({ emailId: email._id, reason, state }, 'e-mail not sent');
    }
  }

  async function tick(): Promise<void> {
    if (!transport) return outbox.parkUnconfigured();
    for (let email = await outbox.claimDue(); email && !stopped; email = await outbox.claimDue()) await sendOne(email);
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((err: Error) => logger.error({ err: { name: err.name, message: err.message } }, 'outbox tick failed'))
        .finally(schedule);
    }, options.pollIntervalMs);
  }

  if (transport) await outbox.requeueStranded();
  schedule();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      transport?.close();
    },
  };
}
