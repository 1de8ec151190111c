// Signing in and out, and who is signed in. Every sign-in, failed sign-in and sign-out is audited.
import { Router } from 'express';
import { loginInput } from '../../../shared/domain/schemas.js';
import { SESSION_COOKIE, type SessionAuth } from '../../auth/session.js';
import { checkPassword, closeSession, openSession } from '../../auth/signIn.js';
import type { Services } from '../../services/index.js';
import { DomainError } from '../../services/errors.js';
import type { AuditedError } from '../errors.js';
import { failureLimiter } from '../failureLimiter.js';
import { currentUser, requireUser } from '../middleware.js';
import { ownPasswordRoutes } from './ownPassword.js';

/** The one answer to every refused sign-in: wrong password, unknown or disabled account. */
export const BAD_LOGIN = 'The username or password is not right';

/** A refused sign-in; recorded as 'auth.login-failed', so not again as 'access.refused'. */
class SignInRefused extends DomainError implements AuditedError {
  readonly audited = true;
  constructor() {
    super(401, BAD_LOGIN);
  }
}

export function authRoutes(auth: SessionAuth, services: Services, loginLimit: number): Router {
  const router = Router();
  // authRoutes is mounted before every other API router, so this covers the refusals of all of them.

  router.post('/api/auth/login', failureLimiter(loginLimit), async (req, res) => {
    const { username } = loginInput.parse(req.body);
    const user = await checkPassword(auth, req, res);
    const where = { username, ip: req.ip ?? '' };
    if (!user) {
      // Only the name tried: whether such an account exists is for the administrator reading the log to find out.
      await services.audit.record(null, 'auth.login-failed', 'user', undefined, where);
      throw new SignInRefused();
    }
    await openSession(req, user);
    await services.audit.record(user._id, 'auth.login', 'user', user._id, where);
    res.json({ user });
  });

  router.post('/api/auth/logout', async (req, res) => {
    const userId = req.user?._id ?? null;
    await closeSession(req);
    if (userId) {
      await services.audit.record(userId, 'auth.logout', 'user', userId, { ip: req.ip ?? '' });
      services.events.emit('access:changed', { userId });
    }
    res.clearCookie(SESSION_COOKIE).status(204).end();
  });

  router.get('/api/me', requireUser, (req, res) => {
    res.json({ user: currentUser(req) });
  });
  router.use(ownPasswordRoutes(services, loginLimit));
  return router;
}
