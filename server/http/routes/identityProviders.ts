// Administrators register each agency's OpenID Connect provider (the secret is write-only), and the sign-in
// routes that use them are mounted alongside.
import { Router } from 'express';
import { identityProviderInput, identityProviderPatch } from '../../../shared/domain/schemas.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import { Invalid } from '../../errors.js';
import { requireRole } from '../middleware.js';
import { oidcRoutes } from './oidc.js';

export function identityProviderRoutes(services: Services, config: Pick<Config, 'publicUrl' | 'production'>, logger: Logger): Router {
  const router = Router();
  const providers = services.identityProviders;
  const admin = requireRole('admin');
  const actor = (userId: string | undefined) => userId ?? null;

  router.get('/api/identity-providers', admin, async (_req, res) => {
    res.json({ items: await providers.list() });
  });
  router.get('/api/identity-providers/:id', admin, async (req, res) => {
    res.json(await providers.get(String(req.params.id)));
  });
  router.post('/api/identity-providers', admin, async (req, res) => {
    const input = identityProviderInput.parse(req.body);
    if (config.production && !input.issuer.startsWith('https://')) throw new Invalid('Invalid issuer: must be an https:// address');
    const created = await providers.create(input);
    await services.audit.record(actor(req.user?._id), 'identity-provider.create', 'identityProvider', created._id, { issuer: created.issuer, agencyId: created.agencyId });
    res.status(201).json(created);
  });
  router.patch('/api/identity-providers/:id', admin, async (req, res) => {
    const patch = identityProviderPatch.parse(req.body);
    const updated = await providers.update(String(req.params.id), patch);
    const changed = Object.keys(patch).map((key) => (key === 'clientSecret' ? 'clientSecret (new)' : key));
    await services.audit.record(actor(req.user?._id), 'identity-provider.update', 'identityProvider', updated._id, { changed });
    res.json(updated);
  });
  router.delete('/api/identity-providers/:id', admin, async (req, res) => {
    const id = String(req.params.id);
    await providers.remove(id);
    await services.audit.record(actor(req.user?._id), 'identity-provider.delete', 'identityProvider', id);
    res.status(204).end();
  });
  router.use(oidcRoutes(services, providers, config.publicUrl, logger));
  return router;
}
