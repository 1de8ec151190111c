// Rate limits on failed credential checks (sign-in, second factor, own password change), per source address.
import type { Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';

export const ADDRESS_LIMIT_MESSAGE = 'Too many sign-in attempts. Wait 15 minutes and try again.';

export interface FailureLimiterOptions {
  /** What is counted besides the address (e.g. the username tried); by default the address alone. */
  subject?: (req: Request) => string;
}

/** The address of the request: the socket peer, or the client a trusted proxy names (app 'trust proxy'). */
function address(req: Request): string {
  return ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '');
}

/**
 * Counts failures only: a meeting room of colleagues behind one address must all be able to sign in. With a
 * subject, one user's failures from an address never refuse another user's right password from it.
 */
export function failureLimiter(limit: number, options: FailureLimiterOptions = {}) {
  const { subject } = options;
  return rateLimit({
    windowMs: 15 * 60 * 1000,
    limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => (subject ? `${address(req)}|${subject(req).slice(0, 100)}` : address(req)),
    // 'trust proxy' is an explicit list (trustedProxies.ts): a forwarded header from anyone else is ignored, not a mistake.
    validate: { xForwardedForHeader: false },
    message: { error: ADDRESS_LIMIT_MESSAGE },
  });
}

/** The username a sign-in request names, normalised, for keying limits. */
export function usernameTried(req: Request): string {
  const body = req.body as { username?: unknown } | undefined;
  return typeof body?.username === 'string' ? body.username.trim().toLowerCase() : '';
}
