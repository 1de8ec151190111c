// Who takes part in what inside a meeting: per-item agencies, guests, restricted allow-lists and the
// requests for them. The chair (or an administrator) decides; members see the placeholder and ask.
import { Router } from 'express';
import { accessDecisionInput, guestInviteInput, itemAgenciesInput, restrictedAgenciesInput } from '../../../shared/api/meetingAccess.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';
import { describeRoute } from '../openapi.js';


describeRoute('/api/meetings/{id}/items/{itemId}/agencies', 'put', { summary: 'Agencies taking part in one agenda item; null opens it to all attendees (chair)', body: itemAgenciesInput });
describeRoute('/api/meetings/{id}/guests', 'post', { summary: 'Invite a guest for named case items, read-only unless canWrite (chair)', body: guestInviteInput });
describeRoute('/api/meetings/{id}/guests/{userId}', 'delete', { summary: 'Withdraw a guest invitation (chair)' });
describeRoute('/api/meetings/{id}/restricted/{personId}', 'get', { summary: 'Who holds a restricted section, whether you may open it, whether you asked' });
describeRoute('/api/meetings/{id}/restricted/{personId}', 'put', { summary: "Agencies allowed into the person's restricted sections (chair)", body: restrictedAgenciesInput });
describeRoute('/api/meetings/{id}/restricted/{personId}/requests', 'post', { summary: "Ask for your agency to be let into the person's restricted sections" });
describeRoute('/api/meetings/{id}/access-requests', 'get', { summary: 'Pending requests for restricted sections (chair)' });
describeRoute('/api/meetings/{id}/access-requests/{requestId}', 'post', { summary: 'Grant or refuse a request (chair)', body: accessDecisionInput });

export function meetingAccessRoutes(services: Services): Router {
  const router = Router();
  const access = services.meetingAccess;
  const params = (req: { params: Record<string, unknown> }) => req.params as Record<string, string>;

  router.put('/api/meetings/:id/items/:itemId/agencies', requireUser, async (req, res) => {
    const { agencyIds } = itemAgenciesInput.parse(req.body);
    res.json(await access.setItemAgencies(currentUser(req), params(req).id, params(req).itemId, agencyIds));
  });
  router.post('/api/meetings/:id/guests', requireUser, async (req, res) => {
    res.status(201).json(await access.inviteGuest(currentUser(req), params(req).id, guestInviteInput.parse(req.body)));
  });
  router.delete('/api/meetings/:id/guests/:userId', requireUser, async (req, res) => {
    res.json(await access.removeGuest(currentUser(req), params(req).id, params(req).userId));
  });
  router.get('/api/meetings/:id/restricted/:personId', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await access.restrictedStatus(currentUser(req), params(req).id, params(req).personId));
  });
  router.put('/api/meetings/:id/restricted/:personId', requireUser, async (req, res) => {
    const { agencyIds } = restrictedAgenciesInput.parse(req.body);
    res.json(await access.setRestrictedAgencies(currentUser(req), params(req).id, params(req).personId, agencyIds));
  });
  router.post('/api/meetings/:id/restricted/:personId/requests', requireUser, async (req, res) => {
    res.status(201).json(await access.requestRestricted(currentUser(req), params(req).id, params(req).personId));
  });
  router.get('/api/meetings/:id/access-requests', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ items: await access.pendingRequests(currentUser(req), params(req).id) });
  });
  router.post('/api/meetings/:id/access-requests/:requestId', requireUser, async (req, res) => {
    const { decision: choice } = accessDecisionInput.parse(req.body);
    res.json(await access.decideRequest(currentUser(req), params(req).id, params(req).requestId, choice));
  });
  return router;
}
