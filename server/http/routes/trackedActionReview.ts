// Tracked actions reviewed in a later meeting ("Previous actions"): the list (per person or the whole panel), updates made in the room, and the
// panel's decision about an action that could not be done.
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';
import { panelDecisionInput, trackedActionPatch } from '../../../shared/api/trackedActions.js';

export const trackedActionReviewQuery = z.strictObject({
  personId: z.string().min(1).max(64, 'personId must be 64 characters or fewer').optional(),
});

export function trackedActionReviewRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/meetings/:id/previous-actions', requireUser, async (req, res) => {
    const { personId } = trackedActionReviewQuery.parse(req.query);
    const user = currentUser(req);
    const result = await services.trackedActionReview.list(user, req.params.id as string, personId);
    await services.audit.record(user._id, 'previous-actions.view', 'meeting', result.meetingId, { count: result.actions.length, ...(personId ? { personId } : {}) });
    res.set('Cache-Control', 'no-store').json(result);
  });

  router.patch('/api/meetings/:id/previous-actions/:actionId', requireUser, async (req, res) => {
    const patch = trackedActionPatch.parse(req.body);
    res.json(await services.trackedActionReview.update(currentUser(req), req.params.id as string, req.params.actionId as string, patch));
  });

  router.post('/api/meetings/:id/previous-actions/:actionId/decision', requireUser, async (req, res) => {
    const input = panelDecisionInput.parse(req.body);
    res.json(await services.trackedActionReview.decide(currentUser(req), req.params.id as string, req.params.actionId as string, input));
  });
  return router;
}
