// The Express application: security headers, sessions, REST routes, the built client.
import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { SessionAuth } from '../auth/session.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';
import { contentSecurityPolicy } from './contentSecurityPolicy.js';
import { auditRefusals, errorHandler, notFoundHandler } from './errors.js';
import { noStore } from './noStore.js';
import { openApiDocument } from './openapi.js';
import { requireOwnOrigin } from './originGuard.js';
import { sessionStatusRoutes } from './sessionStatus.js';
import { clientRoutes } from './staticAssets.js';
import { liveActionRoutes } from './routes/liveActions.js';
import { authRoutes } from './routes/auth.js';
import { chronologyRoutes } from './routes/chronology.js';
import { closeRoutes } from './routes/close.js';
import { lateAdditionRoutes } from './routes/lateAdditions.js';
import { directoryRoutes } from './routes/directory.js';
import { healthRoutes, type StoreHealth } from './routes/health.js';
import { identityProviderRoutes } from './routes/identityProviders.js';
import { liveMetricsRoutes, type LiveMetricsSource } from './routes/liveMetrics.js';
import { liveStatusRoutes } from './routes/liveStatus.js';
import { caseSnapshotRoutes } from './routes/caseSnapshots.js';
import { meetingAccessRoutes } from './routes/meetingAccess.js';
import { meetingRoutes } from './routes/meetings.js';
import { partnershipRoutes } from './routes/partnership.js';
import { peopleRoutes } from './routes/people.js';
import { firstDaysRoutes } from './routes/firstDays.js';
import { trackedActionRoutes } from './routes/trackedActions.js';
import { trackedActionReviewRoutes } from './routes/trackedActionReview.js';
import { notificationRoutes } from './routes/notifications.js';
import { releaseChangeRoutes } from './routes/releaseChanges.js';
import { custodyEpisodeRoutes } from './routes/custodyEpisodes.js';
import { trustedProxies } from './trustedProxies.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  services: Services;
  auth: SessionAuth;
  /** The live layer's counters for GET /api/live/metrics (passed in: http/ never imports live/). */
  live: LiveMetricsSource;
  /** GET /health: is the store reachable, and which kind is it (passed in: the services expose no store). */
  storeHealth: StoreHealth;
}

/** Below this an answer goes as it is: the compressed headers and framing would eat most of the saving. */
export const COMPRESS_FROM_BYTES = 256;

export function createApp({ config, logger, services, auth, live, storeHealth }: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustedProxies());
  app.use(helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy(config) } }));
  // Every compressible answer over COMPRESS_FROM_BYTES (the API's JSON, index.html) goes brotli- or gzip-compressed to a
  // browser that accepts it; the fingerprinted assets arrive compressed already (staticAssets.ts) and pass through
  // untouched. No answer carries a secret beside text an attacker chooses (no CSRF tokens: the Origin check guards writes).
  app.use(compression({ threshold: COMPRESS_FROM_BYTES }));
  app.use(
    pinoHttp({
      logger,
      // Only method, route and status: URLs can carry ids and names in queries.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/ping' || req.url === '/health' },
    }),
  );
  app.use(healthRoutes(storeHealth, new Date(), { redisUrl: config.redisUrl }));
  app.use('/api', noStore);
  app.use(auth.sessionMiddleware);
  app.use(auth.passport.session());
  // After the session, so the refusal's audit entry names whose browser was used; before any body or route.
  app.use(requireOwnOrigin(auth.origins, services.audit, logger));
  app.use(express.json({ limit: '100kb' }));
  // Every 401 and 403 answered from here on leaves one audit entry.
  app.use(auditRefusals(services.audit));

  app.get('/api/openapi.json', async (_req, res) => {
    res.json(await openApiDocument());
  });
  app.use(authRoutes(auth, services, config.loginAttemptLimit));
  app.use(sessionStatusRoutes(config));
  app.use(identityProviderRoutes(services, config, logger));
  app.use(directoryRoutes(services));
  app.use(peopleRoutes(services));
  app.use(firstDaysRoutes(services));
  app.use(chronologyRoutes(services));
  app.use(meetingRoutes(services));
  app.use(meetingAccessRoutes(services));
  app.use(partnershipRoutes(services));
  app.use(closeRoutes(services));
  app.use(lateAdditionRoutes(services));
  app.use(trackedActionRoutes(services));
  app.use(trackedActionReviewRoutes(services));
  app.use(notificationRoutes(services));
  app.use(releaseChangeRoutes(services));
  app.use(custodyEpisodeRoutes(services));
  app.use(liveActionRoutes(services));
  app.use(liveStatusRoutes(services));
  app.use(caseSnapshotRoutes(services));
  app.use(liveMetricsRoutes(live, services));
  app.use('/api', notFoundHandler);

  const clientDist = path.resolve(config.clientDist ?? 'client/dist');
  if (existsSync(clientDist)) app.use(clientRoutes(clientDist));
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
