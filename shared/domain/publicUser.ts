// What of an account may be shown to other users and sent to the browser: never its password hash, second-factor
// secrets, external identities or lock-out state, whatever else the stored record holds.
import type { PublicUser } from './records.js';

export function toPublicUser(doc: PublicUser): PublicUser {
  const { _id, username, displayName, email, agencyId, role } = doc;
  return { _id, username, displayName, ...(email ? { email } : {}), agencyId, role };
}
