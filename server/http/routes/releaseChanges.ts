// Release-date and custody-status changes of one person: record one (lead agency, panel chair, administrator) and
// list them (whoever may read the person). Recording tells the case team and action owners (in the app and by e-mail).
import { Router } from 'express';
import { releaseChangeInput } from '../../../shared/domain/personEvents.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';

export function releaseChangeRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/people/:id/release-changes', requireUser, async (req, res) => {
    const items = await services.releaseChanges.listFor(currentUser(req), req.params.id as string);
    res.set('Cache-Control', 'no-store').json({ items });
  });
  router.post('/api/people/:id/release-changes', requireUser, async (req, res) => {
    const input = releaseChangeInput.parse(req.body);
    // The service audits the change (old and new values, type, source, moved due dates) with the events it stores.
    const result = await services.releaseChanges.record(currentUser(req), req.params.id as string, input);
    res.status(201).json(result);
  });
  return router;
}
