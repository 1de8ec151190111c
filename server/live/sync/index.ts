// The Yjs endpoint: WebSocket upgrades on /yjs/<docName> of the app's HTTP server, speaking the
// y-websocket protocol. Upgrades for other paths (Socket.IO) are left alone.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SessionAuth } from '../../auth/session.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import { refuseForeignUpgrade } from '../originGate.js';
import { CLOSE } from './closeCodes.js';
import { serveConnection } from './connection.js';
import { ConnectionRegistry } from './connections.js';
import { ConnectionCounter, DEFAULT_LIMITS, type SyncLimits } from './limits.js';
import { SyncMetrics } from './metrics.js';
import { RECHECK_INTERVAL_MS, revokeOnAccessChange } from './revocation.js';

export const YJS_PATH = '/yjs';
const HEARTBEAT_MS = 30_000;

export interface YjsSyncDeps {
  httpServer: Server;
  services: Services;
  auth: SessionAuth;
  logger: Logger;
  limits?: Partial<SyncLimits>;
  /** How often every open socket re-checks its session and access (default one minute). */
  recheckIntervalMs?: number;
}

export interface YjsSync {
  metrics: SyncMetrics;
  connections: ConnectionRegistry;
  close(): Promise<void>;
}

/** The document name of a /yjs/<name> URL; undefined for any other path. */
export function docNameFromUrl(url: string | undefined): string | undefined {
  const { pathname } = new URL(url ?? '/', 'http://localhost');
  if (pathname !== YJS_PATH && !pathname.startsWith(`${YJS_PATH}/`)) return undefined;
  try {
    return decodeURIComponent(pathname.slice(YJS_PATH.length + 1));
  } catch {
    return '';
  }
}

export function attachYjsSync({ httpServer, services, auth, logger, limits: overrides, recheckIntervalMs = RECHECK_INTERVAL_MS }: YjsSyncDeps): YjsSync {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  const metrics = new SyncMetrics();
  const registry = new ConnectionRegistry();
  const ctx = { services, auth, logger, limits, metrics, registry, perUser: new ConnectionCounter(limits.connectionsPerUser) };
  const stopRevocation = revokeOnAccessChange(services.events, registry, recheckIntervalMs);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, perMessageDeflate: false });
  const alive = new WeakMap<WebSocket, boolean>();

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const docName = docNameFromUrl(req.url);
    if (docName === undefined) return;
    // A page of another site: refused with 403 before the upgrade, so its browser's cookie opens nothing.
    if (refuseForeignUpgrade(req, socket, { rule: auth.origins, audit: services.audit, logger })) return;
    // The socket is accepted first and refused with a close code afterwards: y-websocket only stops
    // retrying on 44xx close codes, never on a refused HTTP upgrade.
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
      serveConnection(ws, req, docName, ctx);
    });
  }
  httpServer.on('upgrade', onUpgrade);

  // Sockets that stop answering pings (a laptop lid closed mid-meeting) are dropped.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    metrics,
    connections: registry,
    async close() {
      stopRevocation();
      clearInterval(heartbeat);
      httpServer.off('upgrade', onUpgrade);
      const closing = [...wss.clients].map((ws) => new Promise<void>((resolve) => {
        if (ws.readyState === ws.CLOSED) return resolve();
        ws.once('close', () => resolve());
        ws.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
        setTimeout(() => {
          ws.terminate();
          resolve();
        }, 1000).unref();
      }));
      await Promise.all(closing);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await services.documents.flush();
    },
  };
}
