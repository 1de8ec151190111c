// Administrators register each agency's OpenID Connect identity provider; the client secret is write-only.
import { identityProviderInput, identityProviderPatch } from '../../../shared/domain/schemas.js';
import type { ApiArea } from './operation.js';
import { identityProvider, itemsOf } from './records.js';

const roles = 'admin';

export const identityProviders: ApiArea = {
  tag: 'identity-providers',
  description: "Agencies' OpenID Connect providers for single sign-on",
  operations: [
    { method: 'get', path: '/api/identity-providers', summary: 'Registered identity providers', roles, response: itemsOf(identityProvider) },
    { method: 'get', path: '/api/identity-providers/{id}', summary: 'One identity provider', roles, response: identityProvider, errors: [404] },
    {
      method: 'post',
      path: '/api/identity-providers',
      summary: "Register an agency's identity provider",
      roles,
      body: identityProviderInput,
      status: 201,
      response: identityProvider,
      errors: [409],
    },
    {
      method: 'patch',
      path: '/api/identity-providers/{id}',
      summary: 'Change an identity provider (name, secret, user creation, enabled)',
      roles,
      body: identityProviderPatch,
      response: identityProvider,
      errors: [404, 409],
    },
    { method: 'delete', path: '/api/identity-providers/{id}', summary: 'Remove an identity provider', roles, status: 204, errors: [404] },
  ],
};
