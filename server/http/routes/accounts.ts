// Account lifecycle for administrators: disable and enable accounts, list and end a user's sessions.
// Each change is audited and announced ('access:changed') so the live layer re-checks that user's sockets.
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.js';
import { Conflict, NotFound } from '../../errors.js';
import { currentUser, requireRole } from '../middleware.js';

const handleParam = z.string().trim().min(1, 'is required').max(100, 'is not a session handle');

export function accountRoutes(services: Services): Router {
  const router = Router();
  const admin = requireRole('admin');
  const idOf = (req: Request) => req.params.id as string;

  router.post('/api/users/:id/disable', admin, async (req, res) => {
    const me = currentUser(req);
    if (idOf(req) === me._id) throw new Conflict('You cannot disable your own account');
    const { user, changed, sessionsEnded } = await services.users.disable(idOf(req));
    await services.audit.record(me._id, 'access.revoke', 'user', user._id, { change: 'account disabled', alreadyDisabled: !changed, sessionsEnded });
    services.events.emit('access:changed', { userId: user._id });
    res.json(user);
  });

  router.post('/api/users/:id/enable', admin, async (req, res) => {
    const { user, changed } = await services.users.enable(idOf(req));
    await services.audit.record(currentUser(req)._id, 'access.grant', 'user', user._id, { change: 'account enabled', alreadyEnabled: !changed });
    services.events.emit('access:changed', { userId: user._id });
    res.json(user);
  });

  router.get('/api/users/:id/sessions', admin, async (req, res) => {
    const items = await services.users.sessions(idOf(req));
    await services.audit.record(currentUser(req)._id, 'sessions.view', 'user', idOf(req), { count: items.length });
    res.json({ items });
  });

  router.delete('/api/users/:id/sessions', admin, async (req, res) => {
    const ended = await services.users.endSessions(idOf(req));
    await services.audit.record(currentUser(req)._id, 'session.end', 'user', idOf(req), { scope: 'all', ended });
    services.events.emit('access:changed', { userId: idOf(req) });
    res.json({ ended });
  });

  router.delete('/api/users/:id/sessions/:handle', admin, async (req, res) => {
    const handle = handleParam.parse(req.params.handle);
    const ended = await services.users.endSessions(idOf(req), handle);
    if (ended === 0) throw new NotFound('Session');
    await services.audit.record(currentUser(req)._id, 'session.end', 'user', idOf(req), { scope: 'one', handle, ended });
    services.events.emit('access:changed', { userId: idOf(req) });
    res.json({ ended });
  });
  return router;
}
