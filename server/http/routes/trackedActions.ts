// Actions between meetings: "our open actions", progress updates, and the next meeting's agenda.
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.js';
import { parseStatusList } from '../../services/trackedActions.js';
import { currentUser, pageQuery, requireUser } from '../middleware.js';
import { describeRoute } from '../openapi.js';
import { trackedActionPatch } from '../../../shared/api/trackedActions.js';

const actionQuery = pageQuery.extend({
  agencyId: z.string().max(64).optional(),
  meetingId: z.string().max(64).optional(),
  personId: z.string().max(64).optional(),
  status: z.string().max(200).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

describeRoute('/api/actions', 'get', {
  summary: "Tracked actions across meetings. Members see their own agency's; chairs and admins any. status is a comma list of statuses or 'outstanding'",
  query: ['agencyId', 'status', 'overdue', 'meetingId', 'personId', 'offset', 'limit'],
});
describeRoute('/api/actions/{id}', 'get', { summary: 'One tracked action with its progress notes' });
describeRoute('/api/actions/{id}', 'patch', { summary: 'Change status and/or add a progress note (owning agency, chair, admin; audited)', body: trackedActionPatch });
describeRoute('/api/panels/{panelId}/proposed-agenda', 'get', { summary: "Agenda proposed for the panel's next meeting (chair, admin)" });

export function trackedActionRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/actions', requireUser, async (req, res) => {
    const { agencyId, meetingId, personId, status, overdue, ...page } = actionQuery.parse(req.query);
    const user = currentUser(req);
    const result = await services.trackedActions.list(user, { agencyId, meetingId, personId, status: parseStatusList(status), overdue: overdue === 'true' }, page);
    await services.audit.record(user._id, 'actions.view', 'agency', agencyId, { count: result.items.length, ...(status ? { status } : {}), overdue: overdue === 'true' });
    res.set('Cache-Control', 'no-store').json(result);
  });

  router.get('/api/actions/:id', requireUser, async (req, res) => {
    const item = await services.trackedActions.get(currentUser(req), req.params.id as string);
    await services.audit.record(currentUser(req)._id, 'action.view', 'action', item.id);
    res.set('Cache-Control', 'no-store').json(item);
  });

  router.patch('/api/actions/:id', requireUser, async (req, res) => {
    res.json(await services.trackedActions.update(currentUser(req), req.params.id as string, trackedActionPatch.parse(req.body)));
  });

  router.get('/api/panels/:panelId/proposed-agenda', requireUser, async (req, res) => {
    const proposal = await services.trackedActions.proposedAgenda(currentUser(req), req.params.panelId as string);
    await services.audit.record(currentUser(req)._id, 'panel.proposed-agenda', 'panel', proposal.panelId);
    res.set('Cache-Control', 'no-store').json(proposal);
  });
  return router;
}
