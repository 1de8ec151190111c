// GET /api/session: the signed-in session's limits, for the client's timeout warning. Like any request it moves
// the idle expiry on, so the warning's "Stay signed in" button calls it.
import { Router } from 'express';
import type { Config } from '../config.js';
import { requireUser } from './middleware.js';

export interface SessionStatus {
  idleTimeoutSeconds: number;
  /** When the session ends however much it is used (its absolute limit). */
  expiresAt: string;
}

export function sessionStatusRoutes(config: Pick<Config, 'sessionIdleMs' | 'sessionAbsoluteMs'>): Router {
  const router = Router();
  router.get('/api/session', requireUser, (req, res) => {
    const startedAt = req.session.startedAt ?? Date.now();
    const status: SessionStatus = {
      idleTimeoutSeconds: Math.round(config.sessionIdleMs / 1000),
      expiresAt: new Date(startedAt + config.sessionAbsoluteMs).toISOString(),
    };
    res.json(status);
  });
  return router;
}
