// The REST calls behind the identity providers page (administrators only). The client secret is sent, never read.
import type { IdentityProviderView, NewIdentityProvider } from '../../../../shared/api/identityProviders';
import { request } from '../../api';

const path = (id: string) => `/api/identity-providers/${encodeURIComponent(id)}`;

export const identityProvidersApi = {
  list: (signal?: AbortSignal) => request<{ items: IdentityProviderView[] }>('/api/identity-providers', { signal }),
  create: (input: NewIdentityProvider) => request<IdentityProviderView>('/api/identity-providers', { method: 'POST', body: input }),
  setEnabled: (id: string, enabled: boolean) => request<IdentityProviderView>(path(id), { method: 'PATCH', body: { enabled } }),
  remove: (id: string) => request<void>(path(id), { method: 'DELETE' }),
};
