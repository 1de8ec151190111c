// Cross-site WebSocket hijacking protection: a Yjs or Socket.IO upgrade from a foreign Origin is refused
// before it completes (403) and audited once as 'access.refused' with reason 'origin'.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { checkOrigin, type OriginRule } from '../auth/originCheck.js';
import type { Logger } from '../logger.js';
import type { AuditService } from '../services/audit.js';

export interface OriginGateDeps {
  rule: OriginRule;
  audit: Pick<AuditService, 'record'>;
  logger: Logger;
}

function audited(req: IncomingMessage, origin: string, channel: string, { audit, logger }: OriginGateDeps): void {
  const details = { reason: 'origin', origin, channel, path: (req.url ?? '').split('?')[0].slice(0, 200), status: 403 };
  audit.record(null, 'access.refused', 'request', undefined, details).catch((err: unknown) => {
    logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'audit of a refused upgrade failed');
  });
}

/** For the 'upgrade' handler: true when the upgrade was refused (the socket is answered 403 and closed). */
export function refuseForeignUpgrade(req: IncomingMessage, socket: Duplex, deps: OriginGateDeps): boolean {
  const verdict = checkOrigin(deps.rule, req.headers);
  if (verdict.allowed) return false;
  audited(req, verdict.origin, 'yjs', deps);
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nForbidden');
  return true;
}

/** Socket.IO's allowRequest: refuses a handshake (polling or WebSocket) from a foreign Origin. */
export function allowOwnOrigin(deps: OriginGateDeps) {
  return (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void): void => {
    const verdict = checkOrigin(deps.rule, req.headers);
    if (verdict.allowed) return callback(null, true);
    audited(req, verdict.origin, 'socket.io', deps);
    callback('Requests from other websites are refused', false);
  };
}
