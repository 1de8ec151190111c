// The first days after release: the release-day confirmation and the day-1 itinerary of one person.
// Validation here, need-to-know in the policy (through the service), every change and itinerary view audited.
import { Router } from 'express';
import { firstDaysCheckInput, firstDaysCheckKey, itineraryInput, releaseConfirmationInput } from '../../../shared/domain/firstDays.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';

export function firstDaysRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/people/:id/release-confirmation', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await services.firstDays.confirmationsFor(currentUser(req), req.params.id as string));
  });

  router.post('/api/people/:id/release-confirmation', requireUser, async (req, res) => {
    const user = currentUser(req);
    const confirmation = await services.firstDays.confirm(user, req.params.id as string, releaseConfirmationInput.parse(req.body));
    // The outcome and time, never the note (it may hold personal detail).
    await services.audit.record(user._id, 'person.release-confirm', 'person', confirmation.personId, {
      outcome: confirmation.outcome,
      date: confirmation.date,
      time: confirmation.time,
      releaseDate: confirmation.releaseDate,
    });
    // The agencies on the case hear at once when the release did not go as planned (in the app and by e-mail).
    const notice = await services.firstDays.outcomeNotice(confirmation);
    if (notice?.userIds.length)
      await services.notifications.notify({
        ...notice,
        kind: 'release-confirmation',
        link: `/people/${confirmation.personId}`,
        personId: confirmation.personId,
        dedupeKey: `release-confirmation:${confirmation._id}`,
      });
    res.status(201).json(confirmation);
  });

  router.get('/api/people/:id/first-days', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await services.firstDaysChecklist.viewFor(currentUser(req), req.params.id as string));
  });

  // The service audits the item and its state with the release date it answers.
  router.put('/api/people/:id/first-days/:key', requireUser, async (req, res) => {
    const key = firstDaysCheckKey.parse(req.params.key);
    res.json(await services.firstDaysChecklist.check(currentUser(req), req.params.id as string, key, firstDaysCheckInput.parse(req.body)));
  });

  router.get('/api/people/:id/itinerary', requireUser, async (req, res) => {
    const user = currentUser(req);
    const itinerary = await services.firstDays.itineraryFor(user, req.params.id as string);
    await services.audit.record(user._id, 'person.itinerary-view', 'person', itinerary.personId);
    res.set('Cache-Control', 'no-store').json(itinerary);
  });

  router.put('/api/people/:id/itinerary', requireUser, async (req, res) => {
    const user = currentUser(req);
    const body = itineraryInput.parse(req.body);
    await services.firstDays.saveItinerary(user, req.params.id as string, body);
    await services.audit.record(user._id, 'person.itinerary-update', 'person', req.params.id as string, { entries: body.entries.length });
    res.json(await services.firstDays.itineraryFor(user, req.params.id as string));
  });
  return router;
}
