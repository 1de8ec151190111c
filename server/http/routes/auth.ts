import { Router, type NextFunction, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { PublicUser } from '../../../shared/domain/records.js';
import { loginInput } from '../../../shared/domain/schemas.js';
import type { SessionAuth } from '../../auth/session.js';
import type { Services } from '../../services/index.js';
import { DomainError } from '../../services/errors.js';
import { currentUser, requireUser } from '../middleware.js';

const BAD_LOGIN = 'The username or password is not right';

export function authRoutes(auth: SessionAuth, services: Services, loginLimit: number): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: loginLimit,
    // Only failures count: a meeting room of colleagues behind one address must all be able to sign in.
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'Too many sign-in attempts. Wait 15 minutes and try again.' },
  });

  router.post('/api/auth/login', limiter, (req: Request, res: Response, next: NextFunction) => {
    loginInput.parse(req.body);
    auth.passport.authenticate('local', (err: unknown, user: PublicUser | false) => {
      if (err) return next(err);
      if (!user) {
        void services.audit.record(null, 'auth.login-failed', 'user');
        return next(new DomainError(401, BAD_LOGIN));
      }
      // A new session id at login prevents session fixation.
      req.session.regenerate((regenErr) => {
        if (regenErr) return next(regenErr);
        req.logIn(user, (loginErr) => {
          if (loginErr) return next(loginErr);
          void services.audit.record(user._id, 'auth.login', 'user', user._id);
          res.json({ user });
        });
      });
    })(req, res, next);
  });

  router.post('/api/auth/logout', (req, res, next) => {
    const userId = req.user?._id ?? null;
    req.logOut((err) => {
      if (err) return next(err);
      req.session.destroy(() => {
        if (userId) void services.audit.record(userId, 'auth.logout', 'user', userId);
        res.clearCookie('roundtable.sid').status(204).end();
      });
    });
  });

  router.get('/api/me', requireUser, (req, res) => {
    res.json({ user: currentUser(req) });
  });
  return router;
}
