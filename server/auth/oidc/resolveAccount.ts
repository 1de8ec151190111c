// The Roundtable account of an identity a registered provider vouched for: the account already linked to it, or
// the agency's account with that e-mail (then linked), or a new member when the registration allows it.
import type { PublicUser } from '../../../shared/domain/records.js';
import { toPublicUser } from '../../../shared/domain/publicUser.js';
import type { UserService } from '../../services/users.js';
import { Conflict } from '../../errors.js';
import type { Claims } from './client.js';
import { belongsToAgency, displayNameFor, usernameFor, verifiedEmail } from './mapping.js';
import type { IdentityProviderDoc } from '../../store/records.js';

export type Refusal = 'wrong-agency' | 'no-account' | 'disabled';
export type Resolution = { user: PublicUser; how: 'linked-before' | 'linked-now' | 'created' } | { refused: Refusal };

export async function resolveAccount(users: UserService, provider: IdentityProviderDoc, claims: Claims): Promise<Resolution> {
  const externalId = `${provider.issuer}|${claims.sub}`;
  const linked = await users.findByExternalId(externalId);
  if (linked) {
    if (linked.agencyId !== provider.agencyId) return { refused: 'wrong-agency' };
    return linked.disabledAt ? { refused: 'disabled' } : { user: toPublicUser(linked), how: 'linked-before' };
  }
  if (!belongsToAgency(provider, claims)) return { refused: 'wrong-agency' };
  const email = verifiedEmail(claims);
  const byEmail = email ? await users.findByEmail(provider.agencyId, email) : null;
  if (byEmail) {
    if (byEmail.disabledAt) return { refused: 'disabled' };
    await users.linkExternalId(byEmail._id, externalId);
    return { user: toPublicUser(byEmail), how: 'linked-now' };
  }
  if (!provider.createUsers) return { refused: 'no-account' };
  for (let n = 1; n <= 20; n++) {
    const username = usernameFor(claims, n);
    if (await users.findByUsername(username)) continue;
    try {
      const user = await users.createExternal(
        { username, displayName: displayNameFor(claims), ...(email ? { email } : {}), agencyId: provider.agencyId, role: 'member' },
        externalId,
      );
      return { user, how: 'created' };
    } catch (err) {
      if (!(err instanceof Conflict)) throw err;
    }
  }
  return { refused: 'no-account' };
}
