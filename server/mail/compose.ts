// Which composer renders an outbox message: agency lists build their PDF, notifications carry their own words.
import { notificationMessage } from './notificationMessage.js';
import type { ComposedMessage } from './worker.js';
import type { AgencyListEmail, OutboxEmail } from '../store/records.js';

export function composeEmail(agencyList: (email: AgencyListEmail) => Promise<ComposedMessage>, publicUrl: string) {
  return (email: OutboxEmail): Promise<ComposedMessage> =>
    email.kind === 'notification' ? Promise.resolve(notificationMessage(email, publicUrl)) : agencyList(email);
}
