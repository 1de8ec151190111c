// Late additions to a closed meeting: a participant sends what their device held unsent at the close; the
// chair lists them and accepts (an audited amendment beside the record) or declines (audited).
import { Router } from 'express';
import { lateAdditionDecisionSchema, lateAdditionInputSchema } from '../../../shared/domain/lateAdditions.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';

export function lateAdditionRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/meetings/:id/late-additions', requireUser, async (req, res) => {
    const items = await services.lateAdditions.list(currentUser(req), req.params.id as string);
    res.set('Cache-Control', 'no-store').json({ items });
  });

  router.post('/api/meetings/:id/late-additions', requireUser, async (req, res) => {
    const input = lateAdditionInputSchema.parse(req.body);
    res.status(201).json(await services.lateAdditions.submit(currentUser(req), req.params.id as string, input));
  });

  router.post('/api/meetings/:id/late-additions/:additionId/decision', requireUser, async (req, res) => {
    const decision = lateAdditionDecisionSchema.parse(req.body);
    res.json(await services.lateAdditions.decide(currentUser(req), req.params.id as string, req.params.additionId as string, decision));
  });
  return router;
}
