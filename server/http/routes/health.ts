// GET /health (store reachable? 503 if not; what the live layer shares across processes) and GET /ping (process up).
import { Router } from 'express';
import type { Store } from '../../store/port.js';

/** What GET /health needs of the store: its kind and a ping (a Store satisfies it; server.ts passes it explicitly). */
export type StoreHealth = Pick<Store, 'kind' | 'ping'>;

/** A store that does not answer within this time counts as down (the image's health check waits 5 s). */
const STORE_PING_TIMEOUT_MS = 2000;

export interface HealthOptions {
  /** REDIS_URL: Socket.IO meeting control is shared through Redis; live documents are not (one process only). */
  redisUrl?: string;
}

function pingWithin(store: StoreHealth, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([store.ping().catch(() => false), timeout]).finally(() => clearTimeout(timer));
}

export function healthRoutes(store: StoreHealth, startedAt: Date, options: HealthOptions = { redisUrl: process.env.REDIS_URL || undefined }): Router {
  const router = Router();
  const redis = Boolean(options.redisUrl);
  const live = {
    redis,
    meetingControlSharedAcrossProcesses: redis,
    documentsSharedAcrossProcesses: false,
    ...(redis && { note: 'live documents are relayed within one process only: run a single app process' }),
  };
  router.get('/health', async (_req, res) => {
    const up = await pingWithin(store, STORE_PING_TIMEOUT_MS);
    res.status(up ? 200 : 503).json({
      status: up ? 'UP' : 'DOWN',
      components: { store: { kind: store.kind, status: up ? 'UP' : 'DOWN' } },
      live,
      uptimeSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    });
  });
  router.get('/ping', (_req, res) => {
    res.json({ status: 'pong' });
  });
  return router;
}
