// The e-mail copy of an in-app notification: the protective marking, the notification's own words (which name a
// person only by case reference) and a link into Roundtable. The subject carries no personal data.
import { PROTECTIVE_MARKING } from '../exports/pdf.js';
import type { ComposedMessage } from './worker.js';
import type { NotificationEmail } from '../store/records.js';

export function notificationMessage(email: NotificationEmail, publicUrl: string): ComposedMessage {
  const text = [
    PROTECTIVE_MARKING,
    '',
    email.text,
    '',
    `See it in Roundtable: ${publicUrl}${email.link ?? '/notifications'}`,
    '',
    PROTECTIVE_MARKING,
  ].join('\n');
  return { subject: `${PROTECTIVE_MARKING}: ${email.subject}`, text, attachments: [] };
}
