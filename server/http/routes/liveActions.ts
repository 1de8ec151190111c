// Actions of a live meeting over REST: the same service the room uses, so the room sees them at once.
import { Router } from 'express';
import { actionInput, actionPatch, removalInput } from '../../../shared/domain/schemas.js';
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
  roles: "the meeting's chair, the owning agency or the action's author",
});
describeRoute('/api/meetings/{id}/actions/{actionId}', 'delete', {
  summary: 'Remove an action of a live meeting with a reason, kept in the audit (409 when the meeting is closed)',
  body: removalInput,
  roles: "the meeting's chair, the owning agency or the action's author",
});
describeRoute('/api/meetings/{id}/decisions/{decisionId}', 'delete', {
  summary: 'Remove an empty decision (no text, no rationale) with a reason, kept in the audit (409 when it has content or the meeting is closed)',
  body: removalInput,
  roles: 'invited attendees except observers who may write its case',
});

export function liveActionRoutes(services: Services): Router {
  const router = Router();
  router.post('/api/meetings/:id/actions', requireUser, async (req, res) => {
    res.status(201).json(await services.liveActions.addLiveAction(currentUser(req), req.params.id as string, req.body));
  });
  router.patch('/api/meetings/:id/actions/:actionId', requireUser, async (req, res) => {
    res.json(await services.liveActions.updateLiveAction(currentUser(req), req.params.id as string, req.params.actionId as string, req.body));
  });
  router.delete('/api/meetings/:id/actions/:actionId', requireUser, async (req, res) => {
    res.json(await services.liveActions.removeLiveAction(currentUser(req), req.params.id as string, req.params.actionId as string, req.body));
  });
  router.delete('/api/meetings/:id/decisions/:decisionId', requireUser, async (req, res) => {
    res.json(await services.liveActions.removeEmptyDecision(currentUser(req), req.params.id as string, req.params.decisionId as string, req.body));
  });
  return router;
}
