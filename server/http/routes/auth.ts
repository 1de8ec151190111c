// Signing in and out, and who is signed in. Every sign-in, failed sign-in, lockout and sign-out is audited.
import { Router } from 'express';
import { loginInput } from '../../../shared/domain/schemas.js';
import { SESSION_COOKIE, type SessionAuth } from '../../auth/session.js';
import { checkPassword, closeSession, openSession } from '../../auth/signIn.js';
import { startPending } from '../../auth/totp/pending.js';
import { mfaRequiredRoles, secondFactorStage } from '../../auth/totp/policy.js';
import type { Services } from '../../services/index.js';
import { DomainError } from '../../errors.js';
import type { AuditedError } from '../errors.js';
import { failureLimiter, usernameTried } from '../failureLimiter.js';
import { currentUser, requireUser } from '../middleware.js';
import { signInGuard } from '../signInGuard.js';
import { mfaRoutes } from './mfa.js';
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

/** Failures from one address for all usernames together: well above the per-account-and-address limit. */
function addressCap(loginLimit: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = Number(env.LOGIN_ADDRESS_LIMIT);
  return Number.isFinite(raw) && raw > 0 ? raw : loginLimit * 10;
}

export function authRoutes(auth: SessionAuth, services: Services, loginLimit: number): Router {
  const router = Router();
  const guard = signInGuard(services);
  const requiredRoles = mfaRequiredRoles();
  // authRoutes is mounted before every other API router, so this covers the refusals of all of them.

  router.post(
    '/api/auth/login',
    failureLimiter(addressCap(loginLimit)),
    failureLimiter(loginLimit, { subject: usernameTried }),
    async (req, res) => {
      const { username } = loginInput.parse(req.body);
      const where = { username, ip: req.ip ?? '' };
      await guard.refuseIfLocked(req, res, username);
      const user = await checkPassword(auth, req, res);
      if (!user) {
        // Only the name tried: whether such an account exists is for the administrator reading the log to find out.
        await guard.recordFailure(req, res, username, 'auth.login-failed');
        throw new SignInRefused();
      }
      const doc = await services.users.findDoc(user._id);
      const stage = doc ? secondFactorStage(doc, requiredRoles) : 'none';
      if (stage !== 'none') {
        await startPending(req, { userId: user._id, username, stage });
        await services.audit.record(user._id, stage === 'verify' ? 'auth.mfa-required' : 'auth.mfa-enrolment-required', 'user', user._id, where);
        res.json({ next: stage === 'verify' ? 'mfa' : 'mfa-enrol' });
        return;
      }
      await guard.clear(username);
      await openSession(req, user);
      await services.audit.record(user._id, 'auth.login', 'user', user._id, where);
      res.json({ user });
    },
  );

  router.post('/api/auth/logout', async (req, res) => {
    const userId = req.user?._id ?? null;
    await closeSession(req);
    if (userId) {
      await services.audit.record(userId, 'auth.logout', 'user', userId, { ip: req.ip ?? '' });
      services.events.emit('access:changed', { userId });
    }
    res.clearCookie(SESSION_COOKIE).status(204).end();
  });

  // ?optional: the client's start-up check, where "nobody signed in" is an answer, not a refusal (no 401, no audit entry).
  router.get('/api/me', (req, res, next) => {
    if (req.user || req.query.optional === undefined) next();
    else res.json({ user: null });
  }, requireUser, (req, res) => {
    res.json({ user: currentUser(req) });
  });
  router.use(mfaRoutes(services, guard, loginLimit));
  router.use(ownPasswordRoutes(services, loginLimit));
  return router;
}
