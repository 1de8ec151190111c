// GET /api/live/metrics: the Yjs endpoint's counters and the document hub's, for administrators.
import { Router } from 'express';
import { requireRole } from '../../http/middleware.js';
import type { DocumentHub } from '../../documents/index.js';
import type { SyncMetrics } from './metrics.js';

export function syncRoutes(metrics: SyncMetrics, documents: DocumentHub): Router {
  const router = Router();
  router.get('/api/live/metrics', requireRole('admin'), (_req, res) => {
    res.json({ sync: metrics.snapshot(), documents: documents.stats() });
  });
  return router;
}
