import { Router } from 'express';
import type { Store } from '../../store/port.js';

export function healthRoutes(store: Store, startedAt: Date): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const up = await store.ping().catch(() => false);
    res.status(up ? 200 : 503).json({
      status: up ? 'UP' : 'DOWN',
      components: { store: { kind: store.kind, status: up ? 'UP' : 'DOWN' } },
      uptimeSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    });
  });
  router.get('/ping', (_req, res) => {
    res.json({ status: 'pong' });
  });
  return router;
}
