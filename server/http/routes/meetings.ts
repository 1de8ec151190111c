// Meetings: the list, one meeting as this user may see it, scheduling, changes and start.
import { Router } from 'express';
import { z } from 'zod';
import { MEETING_STATUSES, meetingInput, meetingPatch } from '../../../shared/domain/schemas.js';
import type { Services } from '../../services/index.js';
import { liveDocumentsFor } from '../../services/liveDocuments.js';
import { meetingViewFor } from '../../services/meetingView.js';
import { currentUser, pageQuery, requireUser } from '../middleware.js';

const meetingFilter = pageQuery.extend({
  status: z.enum(MEETING_STATUSES).optional(),
  panelId: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

export function meetingRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/meetings', requireUser, async (req, res) => {
    const { status, panelId, from, to, ...page } = meetingFilter.parse(req.query);
    const user = currentUser(req);
    const result = await services.meetings.listFor(user, { status, panelId, from, to }, page);
    res.set('Cache-Control', 'no-store').json({ ...result, items: result.items.map((meeting) => meetingViewFor(user, meeting)) });
  });
  router.get('/api/meetings/:id', requireUser, async (req, res) => {
    const user = currentUser(req);
    const meeting = await services.meetings.getFor(user, req.params.id as string);
    await services.audit.record(user._id, 'meeting.view', 'meeting', meeting._id);
    const chair = await services.users.findById(meeting.chairId);
    const currentItemId = user.role === 'guest' ? await services.documentAccess.currentItemOf(meeting) : null;
    res.set('Cache-Control', 'no-store').json({
      ...meetingViewFor(user, meeting, currentItemId),
      liveDocuments: liveDocumentsFor(user, meeting, chair?.agencyId ?? null, currentItemId),
    });
  });
  router.post('/api/meetings', requireUser, async (req, res) => {
    const meeting = await services.meetings.create(currentUser(req), meetingInput.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'meeting.create', 'meeting', meeting._id);
    res.status(201).json(meeting);
  });
  router.patch('/api/meetings/:id', requireUser, async (req, res) => {
    const patch = meetingPatch.parse(req.body);
    const meeting = await services.meetings.update(currentUser(req), req.params.id as string, patch);
    await services.audit.record(currentUser(req)._id, 'meeting.update', 'meeting', meeting._id, { fields: Object.keys(patch) });
    res.json(meeting);
  });
  router.post('/api/meetings/:id/start', requireUser, async (req, res) => {
    // The same service as the room's start button: audited there, and the room hears of it.
    await services.control.start(currentUser(req), req.params.id as string);
    res.json(await services.meetings.load(req.params.id as string));
  });
  return router;
}
