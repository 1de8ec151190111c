// Actions of a live meeting over REST: the same service the room uses, so the room sees them at once.
import { Router } from 'express';
import { actionInput, actionPatch } from '../../../shared/domain/schemas.js';
import type { Services } from '../../services/index.js';
import { describeRoute } from '../openapi.js';
import { currentUser, requireUser } from '../middleware.js';

describeRoute('/api/meetings/{id}/actions', 'post', {
  summary: 'Add an action to a live meeting (201 with the action and its id; 409 when the meeting is closed)',
  body: actionInput,
  roles: 'invited attendees except observers',
});
describeRoute('/api/meetings/{id}/actions/{actionId}', 'patch', {
  summary: 'Change an action of a live meeting: status, text, owner, due date… (409 when the meeting is closed)',
  body: actionPatch,
  roles: 'invited attendees except observers',
});

export function actionRoutes(services: Services): Router {
  const router = Router();
  router.post('/api/meetings/:id/actions', requireUser, async (req, res) => {
    res.status(201).json(await services.actions.addLiveAction(currentUser(req), req.params.id as string, req.body));
  });
  router.patch('/api/meetings/:id/actions/:actionId', requireUser, async (req, res) => {
    res.json(await services.actions.updateLiveAction(currentUser(req), req.params.id as string, req.params.actionId as string, req.body));
  });
  return router;
}
