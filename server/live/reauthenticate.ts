// Who holds a session now, from the Cookie header alone: for sockets that outlive their upgrade request.
import type { IncomingMessage } from 'node:http';
import type { PublicUser } from '../../shared/domain/records.js';
import type { SessionAuth } from '../auth/session.js';

export function userFromCookie(auth: SessionAuth, cookie: string | undefined): Promise<PublicUser | null> {
  if (!cookie) return Promise.resolve(null);
  // The least the session middleware reads: the cookie header and a URL inside the cookie's path.
  const req = { headers: { cookie }, url: '/', originalUrl: '/', method: 'GET', connection: {}, socket: {} };
  return auth.userFromRequest(req as unknown as IncomingMessage);
}
