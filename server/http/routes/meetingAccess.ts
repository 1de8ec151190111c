// Who takes part in what inside a meeting: per-item agencies, guests, restricted allow-lists and the
// requests for them. The chair (or an administrator) decides; members see the placeholder and ask.
import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';
import { describeRoute } from '../openapi.js';

const id = z.string().min(1).max(64);
const agencyList = z.strictObject({ agencyIds: z.array(id).max(50) });
const itemAgencies = z.strictObject({ agencyIds: z.array(id).max(50).nullable() });
const guestInvite = z.strictObject({
  userId: id,
  itemIds: z.array(id).min(1, 'invite the guest for at least one item').max(20),
  canWrite: z.boolean().default(false),
  window: z.strictObject({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) }).optional(),
});
const decision = z.strictObject({ decision: z.enum(['grant', 'refuse']) });

describeRoute('/api/meetings/{id}/items/{itemId}/agencies', 'put', { summary: 'Agencies taking part in one agenda item; null opens it to all attendees (chair)', body: itemAgencies });
describeRoute('/api/meetings/{id}/guests', 'post', { summary: 'Invite a guest for named case items, read-only unless canWrite (chair)', body: guestInvite });
describeRoute('/api/meetings/{id}/guests/{userId}', 'delete', { summary: 'Withdraw a guest invitation (chair)' });
describeRoute('/api/meetings/{id}/restricted/{personId}', 'get', { summary: 'Who holds a restricted section, whether you may open it, whether you asked' });
describeRoute('/api/meetings/{id}/restricted/{personId}', 'put', { summary: "Agencies allowed into the person's restricted sections (chair)", body: agencyList });
describeRoute('/api/meetings/{id}/restricted/{personId}/requests', 'post', { summary: "Ask for your agency to be let into the person's restricted sections" });
describeRoute('/api/meetings/{id}/access-requests', 'get', { summary: 'Pending requests for restricted sections (chair)' });
describeRoute('/api/meetings/{id}/access-requests/{requestId}', 'post', { summary: 'Grant or refuse a request (chair)', body: decision });

export function meetingAccessRoutes(services: Services): Router {
  const router = Router();
  const access = services.meetingAccess;
  const params = (req: { params: Record<string, unknown> }) => req.params as Record<string, string>;

  router.put('/api/meetings/:id/items/:itemId/agencies', requireUser, async (req, res) => {
    const { agencyIds } = itemAgencies.parse(req.body);
    res.json(await access.setItemAgencies(currentUser(req), params(req).id, params(req).itemId, agencyIds));
  });
  router.post('/api/meetings/:id/guests', requireUser, async (req, res) => {
    res.status(201).json(await access.inviteGuest(currentUser(req), params(req).id, guestInvite.parse(req.body)));
  });
  router.delete('/api/meetings/:id/guests/:userId', requireUser, async (req, res) => {
    res.json(await access.removeGuest(currentUser(req), params(req).id, params(req).userId));
  });
  router.get('/api/meetings/:id/restricted/:personId', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await access.restrictedStatus(currentUser(req), params(req).id, params(req).personId));
  });
  router.put('/api/meetings/:id/restricted/:personId', requireUser, async (req, res) => {
    const { agencyIds } = agencyList.parse(req.body);
    res.json(await access.setRestrictedAgencies(currentUser(req), params(req).id, params(req).personId, agencyIds));
  });
  router.post('/api/meetings/:id/restricted/:personId/requests', requireUser, async (req, res) => {
    res.status(201).json(await access.requestRestricted(currentUser(req), params(req).id, params(req).personId));
  });
  router.get('/api/meetings/:id/access-requests', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ items: await access.pendingRequests(currentUser(req), params(req).id) });
  });
  router.post('/api/meetings/:id/access-requests/:requestId', requireUser, async (req, res) => {
    const { decision: choice } = decision.parse(req.body);
    res.json(await access.decideRequest(currentUser(req), params(req).id, params(req).requestId, choice));
  });
  return router;
}
