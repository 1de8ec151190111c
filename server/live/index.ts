// The live layer: Yjs document sync and Socket.IO meeting control on the same HTTP server.
import type { Server } from 'node:http';
import type { Router } from 'express';
import type { SessionAuth } from '../auth/session.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services/index.js';

export interface LiveDeps {
  httpServer: Server;
  config: Config;
  logger: Logger;
  services: Services;
  auth: SessionAuth;
}

export interface LiveLayer {
  routes: Router[];
  close(): Promise<void>;
}

export async function attachLive(_deps: LiveDeps): Promise<LiveLayer> {
  return { routes: [], close: async () => {} };
}
