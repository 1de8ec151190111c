// The live layer: Yjs document sync and Socket.IO meeting control on the same HTTP server.
import type { Server } from 'node:http';
import type { SessionAuth } from '../auth/session.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';
import { attachControl } from './control/index.js';
import { attachYjsSync } from './sync/index.js';
import type { SyncMetrics } from './sync/metrics.js';

export interface LiveDeps {
  httpServer: Server;
  config: Config;
  logger: Logger;
  services: Services;
  auth: SessionAuth;
}

export interface LiveLayer {
  /** The sync transport's counters; server.ts hands this to the REST layer's GET /api/live/metrics. */
  syncMetrics(): ReturnType<SyncMetrics['snapshot']>;
  close(): Promise<void>;
}

export async function attachLive(deps: LiveDeps): Promise<LiveLayer> {
  const control = await attachControl(deps);
  const sync = attachYjsSync(deps);
  return {
    syncMetrics: () => sync.metrics.snapshot(),
    close: async () => {
      await control.close();
      await sync.close();
      await deps.services.documents.close();
    },
  };
}
