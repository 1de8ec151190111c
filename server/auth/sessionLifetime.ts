// How long a session lives: it ends when unused for the idle limit (the cookie and the store's expiry roll
// forward on each request) and, however much it is used, at the absolute limit counted from sign-in.
import type { Request, RequestHandler } from 'express';

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

declare module 'express-session' {
  interface SessionData {
    /** When the session was opened (ms since the epoch): the absolute limit counts from here. */
    startedAt?: number;
  }
}

/** When the session started: set at sign-in, or read from the sign-in stamp of sessions older than the field. */
function startOf(req: Request): number | undefined {
  const { startedAt, client } = req.session;
  if (typeof startedAt === 'number') return startedAt;
  const stamped = client ? Date.parse(client.signedInAt) : NaN;
  return Number.isFinite(stamped) ? stamped : undefined;
}

/** What is left of a session's absolute lifetime (0 or less when it is over). */
export function absoluteRemainingMs(startedAt: number, limits: SessionLimits, now = Date.now()): number {
  return startedAt + limits.absoluteMs - now;
}

/**
 * Runs after express-session: a session past its absolute limit (or signed in with no start time) is
 * destroyed and replaced by an empty one, so the request goes on signed out (401 where a user is needed);
 * any other session's cookie and stored expiry are capped at its absolute limit.
 */
export function enforceSessionLifetime(limits: SessionLimits): RequestHandler {
  return (req, _res, next) => {
    if (!req.session) return next();
    const startedAt = startOf(req);
    if (startedAt === undefined && !req.session.passport?.user) return next();
    const remaining = startedAt === undefined ? 0 : absoluteRemainingMs(startedAt, limits);
    if (remaining <= 0) {
      req.session.regenerate((err) => next(err));
      return;
    }
    req.session.cookie.maxAge = Math.min(limits.idleMs, remaining);
    next();
  };
}
