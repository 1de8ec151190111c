// Socket.IO meeting control on the HTTP server: presence, the current item, start / pause / resume,
// and the meeting state that domain events change. Path /socket.io, session cookie authentication.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { SessionAuth } from '../../auth/session.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import { allowOwnOrigin } from '../originGate.js';
import { authenticateSockets } from './authenticate.js';
import { relayDomainEvents } from './broadcasts.js';
import { registerHandlers } from './handlers.js';
import { useRedisAdapter } from './redis.js';
import { revokeOnAccessChange } from './revocation.js';
import type { ControlServer } from './types.js';

export interface ControlDeps {
  httpServer: HttpServer;
  config: Config;
  logger: Logger;
  services: Services;
  auth: SessionAuth;
}

export interface MeetingControl {
  io: ControlServer;
  close(): Promise<void>;
}

export async function attachControl({ httpServer, config, logger, services, auth }: ControlDeps): Promise<MeetingControl> {
  // destroyUpgrade: false, or engine.io would end other upgrades (the Yjs endpoint) not answered within a second.
  // allowRequest refuses handshakes from other sites' pages (cross-site WebSocket hijacking).
  const allowRequest = allowOwnOrigin({ rule: auth.origins, audit: services.audit, logger });
  // Pings every 2 s, given up after 3 s more: a dead link is noticed within about 5 s on both sides (the
  // default, 25 s + 20 s, left the chair's close review unaware of a participant who had lost the link).
  const io: ControlServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 100_000,
    destroyUpgrade: false,
    allowRequest,
    pingInterval: 2000,
    pingTimeout: 3000,
  });
  const closeRedis = config.redisUrl ? await useRedisAdapter(io, config.redisUrl, logger) : async () => {};
  authenticateSockets(io, auth, services, logger);
  io.on('connection', (socket) => registerHandlers(io, socket, services, logger));
  const stopRelay = relayDomainEvents(io, services, logger);
  const stopRevocation = revokeOnAccessChange(io, services, auth, logger);
  return {
    io,
    async close() {
      stopRelay();
      stopRevocation();
      // Not io.close(): it also closes the shared HTTP server and waits for its connections to end.
      io.disconnectSockets(true);
      await io.of('/').adapter.close();
      io.engine.close();
      await closeRedis();
    },
  };
}
