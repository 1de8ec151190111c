// Risk-level changes (always with a reason) and a person's chronology.
import { Router } from 'express';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';

export function chronologyRoutes(services: Services): Router {
  const router = Router();
  // The body is validated by the service (riskLevelChangeInput): group, level and a reason that cannot be empty.
  router.post('/api/meetings/:id/people/:personId/risk-levels', requireUser, async (req, res) => {
    res.status(201).json(await services.riskLevels.change(currentUser(req), req.params.id as string, req.params.personId as string, req.body));
  });
  router.get('/api/people/:id/chronology', requireUser, async (req, res) => {
    const user = currentUser(req);
    const entries = await services.chronology.forPerson(user, req.params.id as string);
    await services.audit.record(user._id, 'person.chronology.view', 'person', req.params.id as string);
    res.set('Cache-Control', 'no-store').json({ personId: req.params.id, entries });
  });
  return router;
}
