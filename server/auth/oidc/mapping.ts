// Whether a signed-in identity belongs to the provider's agency (a claim value or an e-mail domain), and the
// Roundtable username a newly created account gets. Pure functions.
import type { IdentityProviderInput } from '../../../shared/domain/schemas.js';

type Mapping = Pick<IdentityProviderInput, 'agencyClaim' | 'emailDomains'>;

/** The e-mail of the identity, when the provider does not say it is unverified. */
export function verifiedEmail(claims: Record<string, unknown>): string | null {
  const email = claims.email;
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email)) return null;
  return claims.email_verified === false ? null : email.toLowerCase();
}

function claimMatches(value: unknown, expected: string): boolean {
  if (Array.isArray(value)) return value.some((item) => item === expected);
  return value === expected;
}

export function belongsToAgency(mapping: Mapping, claims: Record<string, unknown>): boolean {
  if (mapping.agencyClaim && claimMatches(claims[mapping.agencyClaim.name], mapping.agencyClaim.value)) return true;
  const email = verifiedEmail(claims);
  const domain = email?.split('@')[1];
  return Boolean(domain && mapping.emailDomains?.includes(domain));
}

/** A username from the e-mail's local part (or the subject), in the allowed characters; `n` > 1 adds a suffix. */
export function usernameFor(claims: Record<string, unknown>, n = 1): string {
  const email = verifiedEmail(claims);
  const base = (email ? email.split('@')[0] : `sso-${String(claims.sub)}`)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 50)
    .padEnd(2, '0');
  return n > 1 ? `${base}-${n}` : base;
}

export function displayNameFor(claims: Record<string, unknown>): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return (name || verifiedEmail(claims) || String(claims.sub)).slice(0, 200);
}
