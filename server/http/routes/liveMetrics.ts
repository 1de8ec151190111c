// GET /api/live/metrics: the Yjs endpoint's counters and the document hub's, for administrators.
// The live layer hands its counters in through `LiveMetricsSource` (passed to createApp), so http/ never imports live/.
import { Router } from 'express';
import type { Services } from '../../services/index.js';
import { requireRole } from '../middleware.js';

/** What the live layer exposes to the REST layer: a snapshot of the sync transport's counters. */
export interface LiveMetricsSource {
  syncMetrics(): object;
}

export function liveMetricsRoutes(live: LiveMetricsSource, services: Pick<Services, 'documents'>): Router {
  const router = Router();
  router.get('/api/live/metrics', requireRole('admin'), (_req, res) => {
    res.json({ sync: live.syncMetrics(), documents: services.documents.stats() });
  });
  return router;
}
