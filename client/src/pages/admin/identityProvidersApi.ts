// The REST calls behind the identity providers page (administrators only). The client secret is sent, never read.
import { request } from '../../api';

export interface IdentityProvider {
  _id: string;
  name: string;
  agencyId: string;
  issuer: string;
  clientId: string;
  agencyClaim?: { name: string; value: string };
  emailDomains?: string[];
  createUsers: boolean;
  enabled: boolean;
  hasClientSecret: true;
}

export interface NewIdentityProvider {
  name: string;
  agencyId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  agencyClaim?: { name: string; value: string };
  emailDomains?: string[];
  createUsers: boolean;
}

const path = (id: string) => `/api/identity-providers/${encodeURIComponent(id)}`;

export const identityProvidersApi = {
  list: (signal?: AbortSignal) => request<{ items: IdentityProvider[] }>('/api/identity-providers', { signal }),
  create: (input: NewIdentityProvider) => request<IdentityProvider>('/api/identity-providers', { method: 'POST', body: input }),
  setEnabled: (id: string, enabled: boolean) => request<IdentityProvider>(path(id), { method: 'PATCH', body: { enabled } }),
  remove: (id: string) => request<void>(path(id), { method: 'DELETE' }),
};
