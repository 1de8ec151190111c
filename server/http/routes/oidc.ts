// Single sign-on through an agency's registered OpenID Connect provider: the public list of providers, leaving
// for one (authorization code + PKCE, state, nonce) and coming back to GET /api/auth/oidc/callback.
import { Router, type Request, type Response } from 'express';
import { configurationFor, finishAuthorization, startAuthorization } from '../../auth/oidc/client.js';
import { resolveAccount } from '../../auth/oidc/resolveAccount.js';
import { saveTransaction, takeTransaction } from '../../auth/oidc/transaction.js';
import { openSession } from '../../auth/signIn.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import type { IdentityProviderService } from '../../services/identityProviders.js';

export const CALLBACK_PATH = '/api/auth/oidc/callback';

/** Back to the sign-in page with a reason the page turns into a fixed message (never free text). */
function refuse(res: Response, reason: string): void {
  res.redirect(303, `/login?sso=${encodeURIComponent(reason)}`);
}

export function oidcRoutes(services: Services, providers: IdentityProviderService, publicUrl: string, logger: Logger): Router {
  const router = Router();
  const redirectUri = new URL(CALLBACK_PATH, publicUrl).toString();
  const failed = async (req: Request, reason: string, details: Record<string, unknown> = {}) =>
    services.audit.record(null, 'auth.sso-failed', 'identityProvider', typeof details.providerId === 'string' ? details.providerId : undefined, {
      reason,
      ip: req.ip ?? '',
      ...details,
    });

  router.get('/api/auth/providers', async (_req, res) => {
    const list = await providers.listEnabled();
    res.json({ providers: list.map((p) => ({ id: p._id, name: p.name, startUrl: `/api/auth/oidc/${encodeURIComponent(p._id)}/start` })) });
  });

  router.get('/api/auth/oidc/:id/start', async (req, res) => {
    const provider = await providers.getForSignIn(String(req.params.id));
    if (!provider) return refuse(res, 'unregistered');
    try {
      const started = await startAuthorization(await configurationFor(provider), redirectUri);
      await saveTransaction(req, { providerId: provider._id, state: started.state, nonce: started.nonce, codeVerifier: started.codeVerifier });
      res.redirect(303, started.url.toString());
    } catch (err) {
      logger.warn({ err: { name: (err as Error).name, message: (err as Error).message }, providerId: provider._id }, 'identity provider unavailable');
      await failed(req, 'unavailable', { providerId: provider._id });
      refuse(res, 'failed');
    }
  });

  router.get(CALLBACK_PATH, async (req, res) => {
    const transaction = takeTransaction(req);
    if (!transaction) {
      await failed(req, 'no-transaction');
      return refuse(res, 'expired');
    }
    const provider = await providers.getForSignIn(transaction.providerId);
    if (!provider) return refuse(res, 'unregistered');
    const providerId = provider._id;
    let claims;
    try {
      const config = await configurationFor(provider);
      // RFC 9207: the answer names its issuer; one that is not the provider this sign-in went to is refused at once.
      const iss = typeof req.query.iss === 'string' ? req.query.iss : null;
      if (iss !== null && iss !== config.serverMetadata().issuer) {
        await failed(req, 'unregistered-issuer', { providerId, issuer: iss.slice(0, 200) });
        return refuse(res, 'unregistered');
      }
      const callbackUrl = new URL(req.originalUrl, redirectUri);
      claims = await finishAuthorization(config, callbackUrl, transaction);
    } catch (err) {
      // The library's reason (bad iss, aud, nonce, state, code) goes to the log and the audit, not to the browser.
      const reason = (err as { code?: string }).code ?? (err as Error).name;
      logger.warn({ err: { name: (err as Error).name, message: (err as Error).message }, providerId }, 'single sign-on refused');
      await failed(req, 'token-refused', { providerId, error: String(reason).slice(0, 100) });
      return refuse(res, /iss/i.test((err as Error).message) ? 'unregistered' : 'failed');
    }
    const resolution = await resolveAccount(services.users, provider, claims);
    if ('refused' in resolution) {
      await failed(req, resolution.refused, { providerId, subject: claims.sub.slice(0, 200) });
      return refuse(res, resolution.refused);
    }
    const { user, how } = resolution;
    if (how !== 'linked-before') await services.audit.record(user._id, how === 'created' ? 'auth.sso-created' : 'auth.sso-linked', 'user', user._id, { providerId });
    await openSession(req, user);
    await services.audit.record(user._id, 'auth.login', 'user', user._id, { username: user.username, ip: req.ip ?? '', method: 'oidc', providerId });
    res.redirect(303, '/');
  });
  return router;
}
