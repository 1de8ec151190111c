import { Router } from 'express';
import { z } from 'zod';
import { MEETING_STATUSES, meetingInput, meetingPatch } from '../../../shared/domain/schemas.js';
import type { Services } from '../../services/index.js';
import { liveDocumentsFor } from '../../services/liveDocuments.js';
import { currentUser, pageQuery, requireRole, requireUser } from '../middleware.js';

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
    res.json(await services.meetings.listFor(currentUser(req), { status, panelId, from, to }, page));
  });
  router.get('/api/meetings/:id', requireUser, async (req, res) => {
    const meeting = await services.meetings.getFor(currentUser(req), req.params.id as string);
    await services.audit.record(currentUser(req)._id, 'meeting.view', 'meeting', meeting._id);
    const chair = await services.users.findById(meeting.chairId);
    res.json({ ...meeting, liveDocuments: liveDocumentsFor(currentUser(req), meeting, chair?.agencyId ?? null) });
  });
  router.post('/api/meetings', requireRole('admin', 'chair'), async (req, res) => {
    const meeting = await services.meetings.create(meetingInput.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'meeting.create', 'meeting', meeting._id);
    res.status(201).json(meeting);
  });
  router.patch('/api/meetings/:id', requireUser, async (req, res) => {
    const meeting = await services.meetings.update(currentUser(req), req.params.id as string, meetingPatch.parse(req.body));
    await services.audit.record(currentUser(req)._id, 'meeting.update', 'meeting', meeting._id);
    res.json(meeting);
  });
  router.post('/api/meetings/:id/start', requireUser, async (req, res) => {
    // The same service as the room's start button: audited there, and the room hears of it.
    await services.control.start(currentUser(req), req.params.id as string);
    res.json(await services.meetings.load(req.params.id as string));
  });
  return router;
}
