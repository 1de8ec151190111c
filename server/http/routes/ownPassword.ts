// A signed-in user changes their own password. Every session of the account ends; this one continues under a new id.
import { Router } from 'express';
import { z } from 'zod';
import { userInput } from '../../../shared/domain/schemas.js';
import { openSession } from '../../auth/signIn.js';
import type { Services } from '../../services/index.js';
import { DomainError } from '../../errors.js';
import { currentUser, requireUser } from '../middleware.js';
import { failureLimiter } from '../failureLimiter.js';

const passwordChange = z
  .strictObject({
    currentPassword: z.string().min(1, 'is required').max(200),
    newPassword: userInput.shape.password,
  })
  .refine((body) => body.currentPassword !== body.newPassword, { path: ['newPassword'], message: 'must differ from the current password' });

export function ownPasswordRoutes(services: Services, attemptLimit: number): Router {
  const router = Router();

  router.post('/api/me/password', requireUser, failureLimiter(attemptLimit), async (req, res) => {
    const { currentPassword, newPassword } = passwordChange.parse(req.body);
    const user = currentUser(req);
    const { changed, sessionsEnded } = await services.users.changeOwnPassword(user._id, currentPassword, newPassword);
    if (!changed) {
      await services.audit.record(user._id, 'user.password-change-failed', 'user', user._id);
      throw new DomainError(400, 'Your current password is not right');
    }
    await openSession(req, user);
    await services.audit.record(user._id, 'user.password-change', 'user', user._id, { by: 'self', sessionsEnded });
    services.events.emit('access:changed', { userId: user._id });
    res.json({ user });
  });
  return router;
}
