// Rate limit on failed password checks (sign-in, own password change), per source address.
import { rateLimit } from 'express-rate-limit';

/** Counts failures only: a meeting room of colleagues behind one address must all be able to sign in. */
export function failureLimiter(limit: number) {
  return rateLimit({
    windowMs: 15 * 60 * 1000,
    limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'Too many sign-in attempts. Wait 15 minutes and try again.' },
  });
}
