// Who is on the other end of a Yjs socket: the same session cookie as the REST API.
import type { IncomingMessage } from 'node:http';
import type { PublicUser } from '../../../shared/domain/records.js';
import type { SessionAuth } from '../../auth/session.js';

export function authenticate(auth: SessionAuth, req: IncomingMessage): Promise<PublicUser | null> {
  // Answers are reused for a moment across sockets opening with the same cookie; re-checks read afresh (accessCheck.ts).
  return auth.userFromUpgrade(req);
}
