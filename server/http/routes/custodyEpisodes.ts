// Custody episodes and recalls of one person: list them (whoever may read the person), add and change them (whoever may
// change the custody fields). Validation here; need-to-know and the audit in the service.
import { Router } from 'express';
import { custodyEpisodeInput } from '../../../shared/domain/custodyEpisodes.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';

export function custodyEpisodeRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/people/:id/custody-episodes', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await services.custodyEpisodes.listFor(currentUser(req), req.params.id as string));
  });
  router.post('/api/people/:id/custody-episodes', requireUser, async (req, res) => {
    const input = custodyEpisodeInput.parse(req.body);
    res.status(201).json(await services.custodyEpisodes.add(currentUser(req), req.params.id as string, input));
  });
  router.put('/api/people/:id/custody-episodes/:episodeId', requireUser, async (req, res) => {
    const input = custodyEpisodeInput.parse(req.body);
    res.json(await services.custodyEpisodes.change(currentUser(req), req.params.id as string, req.params.episodeId as string, input));
  });
  return router;
}
