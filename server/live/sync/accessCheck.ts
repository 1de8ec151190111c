// The re-check of an open Yjs socket: is its session still signed in, and may its user still open the
// document, and still write to it? Answers keep (with what may have changed) or close (with why).
import type { PublicUser } from '../../../shared/domain/records.js';
import type { DocAccess } from '../../auth/docAccess.js';
import type { SessionAuth } from '../../auth/session.js';
import type { Services } from '../../services/index.js';
import { userFromCookie } from '../reauthenticate.js';
import { stampedUserOf, type StampedUser } from './awareness.js';
import { authorize } from './authorize.js';
import { CLOSE, type CloseReason } from './closeCodes.js';
import type { SyncMetrics } from './metrics.js';

export type AccessDecision =
  | { keep: true; user: PublicUser; access: DocAccess; canControl: boolean; stamp: StampedUser }
  | { keep: false; close: CloseReason; counter: keyof SyncMetrics['revoked'] };

export interface Held {
  cookie: string;
  userId: string;
  docName: string;
  access: DocAccess;
}

/** The user as awareness shows them: their name and agency as the server knows them. */
export async function stampFor(services: Pick<Services, 'agencies'>, user: PublicUser): Promise<StampedUser> {
  const agency = await services.agencies.find(user.agencyId);
  return stampedUserOf(user, agency);
}

export async function recheckAccess(services: Services, auth: SessionAuth, held: Held): Promise<AccessDecision> {
  const user = await userFromCookie(auth, held.cookie);
  if (!user || user._id !== held.userId) return { keep: false, close: CLOSE.sessionEnded, counter: 'sessionEnded' };
  const authorization = await authorize(services, user, held.docName);
  if (!authorization.access) return { keep: false, close: CLOSE.accessRemoved, counter: 'accessRemoved' };
  // Read-only sockets are served differently from the start (their edits are dropped): reconnect to get that.
  if (held.access === 'write' && authorization.access === 'read') return { keep: false, close: CLOSE.accessReduced, counter: 'accessReduced' };
  return { keep: true, user, access: authorization.access, canControl: authorization.canControl, stamp: await stampFor(services, user) };
}
