// Agencies' OpenID Connect identity providers as administrators register them. The client secret is kept for
// signing in and never leaves this service in any listing or answer.
import { randomUUID } from 'node:crypto';
import type { IdentityProviderView } from '../../shared/api/identityProviders.js';
import type { IdentityProviderInput } from '../../shared/domain/schemas.js';
import type { Store } from '../store/port.js';
import { DuplicateKeyError } from '../store/port.js';
import type { IdentityProviderDoc } from '../store/records.js';
import { Conflict, Invalid, NotFound } from '../errors.js';

export type IdentityProviderPatch = Partial<Pick<IdentityProviderInput, 'name' | 'clientSecret' | 'createUsers' | 'enabled'>>;

export function toView(doc: IdentityProviderDoc): IdentityProviderView {
  const { clientSecret: _secret, ...rest } = doc;
  return { ...rest, hasClientSecret: true };
}

/** The issuer as registered: exactly what the provider's discovery document says, so only trimmed. */
export function normaliseIssuer(issuer: string): string {
  return issuer.trim();
}

export function identityProviderService(store: Store) {
  const providers = store.collection('identityProviders');
  const agencies = store.collection('agencies');

  async function requireDoc(id: string): Promise<IdentityProviderDoc> {
    const doc = await providers.findOne({ _id: id });
    if (!doc) throw new NotFound('Identity provider');
    return doc;
  }

  return {
    async create(input: IdentityProviderInput): Promise<IdentityProviderView> {
      if (!(await agencies.findOne({ _id: input.agencyId }))) throw new Invalid('Invalid agencyId: no such agency');
      const doc: IdentityProviderDoc = { ...input, issuer: normaliseIssuer(input.issuer), _id: randomUUID(), createdAt: new Date().toISOString() };
      try {
        await providers.insertOne(doc);
      } catch (err) {
        if (err instanceof DuplicateKeyError) throw new Conflict('That issuer is already registered');
        throw err;
      }
      return toView(doc);
    },
    async list(): Promise<IdentityProviderView[]> {
      return (await providers.find({}, { sort: { name: 1 } })).map(toView);
    },
    async get(id: string): Promise<IdentityProviderView> {
      return toView(await requireDoc(id));
    },
    /** With the secret: for the sign-in flow only. */
    async getForSignIn(id: string): Promise<IdentityProviderDoc | null> {
      const doc = await providers.findOne({ _id: id });
      return doc?.enabled ? doc : null;
    },
    async listEnabled(): Promise<IdentityProviderView[]> {
      return (await providers.find({ enabled: true }, { sort: { name: 1 } })).map(toView);
    },
    async update(id: string, patch: IdentityProviderPatch): Promise<IdentityProviderView> {
      await requireDoc(id);
      const updated = await providers.findOneAndUpdate({ _id: id }, { $set: { ...patch, updatedAt: new Date().toISOString() } });
      if (!updated) throw new NotFound('Identity provider');
      return toView(updated);
    },
    async remove(id: string): Promise<void> {
      await requireDoc(id);
      await providers.deleteMany({ _id: id });
    },
  };
}
export type IdentityProviderService = ReturnType<typeof identityProviderService>;
