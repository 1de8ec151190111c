// What the REST API answers about agencies' identity providers: everything but the client secret, which is write-only.
import type { z } from 'zod';
import type { IdentityProviderInput, identityProviderInput } from '../domain/schemas.js';

/** POST /api/identity-providers, as the client sends it (defaults not yet applied). */
export type NewIdentityProvider = z.input<typeof identityProviderInput>;

/** An identity provider as administrators and the API see it. */
export type IdentityProviderView = Omit<IdentityProviderInput, 'clientSecret'> & {
  _id: string;
  createdAt: string;
  updatedAt?: string;
  hasClientSecret: true;
};
