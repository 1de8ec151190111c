// Socket.IO handshakes are authenticated by the same session cookie as REST requests.
import type { SessionAuth } from '../../auth/session.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import type { ControlServer } from './types.js';

export const SIGN_IN_REQUIRED = 'Sign in to join meetings';

export function authenticateSockets(io: ControlServer, auth: SessionAuth, services: Services, logger: Logger): void {
  io.use((socket, next) => {
    auth
      .userFromRequest(socket.request)
      .then(async (user) => {
        if (!user) {
          await services.audit.record(null, 'access.refused', 'socket', 'handshake', { channel: 'socket.io', status: 401 });
          return next(new Error(SIGN_IN_REQUIRED));
        }
        const agency = await services.agencies.find(user.agencyId);
        socket.data = { user, agencyName: agency?.name ?? '', joinedAt: {} };
        next();
      })
      .catch((err: Error) => {
        logger.warn({ err: { name: err.name, message: err.message } }, 'socket authentication failed');
        next(new Error(SIGN_IN_REQUIRED));
      });
  });
}
