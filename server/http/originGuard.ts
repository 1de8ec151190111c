// CSRF protection for REST: every state-changing request from a foreign Origin is refused (403) and audited
// once as 'access.refused' with reason 'origin'. Safe methods (GET, HEAD, OPTIONS) change nothing and pass.
import type { RequestHandler } from 'express';
import type { RefusalRecorder } from './errors.js';
import { checkOrigin, ORIGIN_REFUSED, type OriginRule } from '../auth/originCheck.js';
import type { Logger } from '../logger.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const PATH_MAX = 200;

export function requireOwnOrigin(rule: OriginRule, audit: RefusalRecorder, logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const verdict = checkOrigin(rule, req.headers);
    if (verdict.allowed) return next();
    const details = { reason: 'origin', origin: verdict.origin, method: req.method, path: req.originalUrl.split('?')[0].slice(0, PATH_MAX), status: 403 };
    const send = () => {
      res.status(403).json({ error: ORIGIN_REFUSED });
    };
    audit.record(req.user?._id ?? null, 'access.refused', 'request', undefined, details).then(send, (err: unknown) => {
      logger.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'audit of a refused request failed');
      send();
    });
  };
}
